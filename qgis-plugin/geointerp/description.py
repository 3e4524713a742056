"""A process as its server describes it, the same for OGC API - Processes and WPS 1.0.0.

The two protocols describe the same things in different documents (a JSON Schema per input, or
a WPS LiteralData / ComplexData / BoundingBoxData element); each client reduces its document to
these classes, and the algorithm builds its QGIS parameters from them alone.
"""

from dataclasses import dataclass, field
from typing import List, Optional

# input and output kinds
LITERAL = "literal"
BBOX = "bbox"
CRS = "crs"
FEATURES = "features"
GEOMETRY = "geometry"
COVERAGE = "coverage"
UNSUPPORTED = "unsupported"

# literal data types
STRING = "string"
INTEGER = "integer"
DOUBLE = "double"
BOOLEAN = "boolean"

GEOJSON_TYPES = ("application/json", "application/geo+json", "application/vnd.geo+json")
WKT_TYPES = ("application/wkt", "text/wkt")
GEOTIFF_TYPES = ("image/tiff", "image/geotiff", "image/tiff;application=geotiff")
ARCGRID_TYPES = ("application/arcgrid", "text/x-esri-ascii-grid", "application/x-esri-ascii-grid")


@dataclass
class Parameter:
    """One input or output. `formats` are media types, the server's default first."""

    id: str
    title: str
    abstract: str = ""
    kind: str = LITERAL
    data_type: str = STRING
    allowed: List[str] = field(default_factory=list)
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    default: object = None
    min_occurs: int = 1
    max_occurs: int = 1
    formats: List[str] = field(default_factory=list)
    why_unsupported: str = ""

    @property
    def optional(self):
        return self.min_occurs == 0

    def first_format(self, candidates):
        """The first of the server's formats that is one of `candidates`, or None."""
        for f in self.formats:
            if base_media_type(f) in candidates:
                return f
        return None


@dataclass
class ProcessDescription:
    id: str
    title: str
    abstract: str
    inputs: List[Parameter]
    outputs: List[Parameter]

    def input(self, ident):
        return next((p for p in self.inputs if p.id == ident), None)


def base_media_type(media_type):
    """'image/tiff; subtype=geotiff' -> 'image/tiff' (lower case, no parameters)."""
    return (media_type or "").split(";")[0].strip().lower()


def complex_kind(formats, is_input):
    """The kind of a complex parameter from the media types the server offers for it."""
    bases = [base_media_type(f) for f in formats]
    if any(b in WKT_TYPES for b in bases):
        return GEOMETRY
    if any(b in GEOJSON_TYPES or "wfs-collection" in f for b, f in zip(bases, formats)):
        return FEATURES
    if not is_input and any(b in GEOTIFF_TYPES or b in ARCGRID_TYPES for b in bases):
        return COVERAGE
    return UNSUPPORTED


def literal_type(name):
    """An XML Schema or JSON Schema type name reduced to one of the four literal types."""
    n = (name or "").lower().rsplit("#", 1)[-1].rsplit(":", 1)[-1]
    if n in ("int", "integer", "long", "short", "byte", "nonnegativeinteger", "positiveinteger"):
        return INTEGER
    if n in ("double", "float", "decimal", "number"):
        return DOUBLE
    if n in ("boolean", "bool"):
        return BOOLEAN
    return STRING


def to_number(text, data_type):
    if text is None or text == "":
        return None
    value = float(text)
    return int(value) if data_type == INTEGER and value.is_integer() else value


def to_literal(value, data_type):
    """A default value from a description, typed."""
    if value is None:
        return None
    if data_type in (INTEGER, DOUBLE):
        return to_number(value, data_type)
    if data_type == BOOLEAN:
        return value if isinstance(value, bool) else str(value).strip().lower() == "true"
    return str(value)
