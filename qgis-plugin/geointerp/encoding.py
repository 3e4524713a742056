"""QGIS layers and extents as the wire values a process reads: GeoJSON feature collections with
their CRS named, a single geometry as WKT or GeoJSON, a bounding box with its EPSG code."""

import json
import math

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest,
                       QgsGeometry, QgsProcessingException, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from . import description as d
from .jobs import BoundingBox, Complex

PRECISION = 17  # WKT digits after the point, for servers that take geometries only as WKT


def epsg_code(crs):
    """'EPSG:n' for a CRS with an EPSG code, or None."""
    authid = crs.authid() if crs is not None and crs.isValid() else ""
    return authid if authid.upper().startswith("EPSG:") else None


def bounding_box(rect, crs, parameter):
    code = epsg_code(crs)
    if code is None:
        raise QgsProcessingException(
            "{}: the extent's CRS ({}) has no EPSG code; choose the extent in a CRS with one".format(
                parameter, crs.description() if crs.isValid() else "not set"))
    return BoundingBox(rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum(), code)


def feature_collection(source, attributes, target_crs, context, feedback=None):
    """The source's features as a GeoJSON FeatureCollection carrying only `attributes`.

    Coordinates stay in the layer's CRS, named in the legacy "crs" member that GeoServer and the
    project's server read, so the server reprojects them exactly as it reprojects any client's;
    a layer whose CRS has no EPSG code is transformed here to `target_crs` instead.
    """
    source_crs = source.sourceCrs()
    code = epsg_code(source_crs)
    transform = None
    if code is None:
        code = epsg_code(target_crs)
        transform = QgsCoordinateTransform(source_crs, target_crs, context.transformContext())
    fields = source.fields()
    indexes = [fields.lookupField(a) for a in attributes]
    for name, index in zip(attributes, indexes):
        if index < 0:
            raise QgsProcessingException("attribute '{}' is not a field of the layer".format(name))
    request = QgsFeatureRequest().setSubsetOfAttributes(indexes)
    features = []
    total = source.featureCount() or 0
    for n, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and feedback.isCanceled():
            break
        geometry = None
        if feature.hasGeometry():
            g = QgsGeometry(feature.geometry())
            if transform is not None:
                g.transform(transform)
            geometry = geojson_geometry(g)
        properties = {name: plain(feature.attribute(index)) for name, index in zip(attributes, indexes)}
        features.append({"type": "Feature", "geometry": geometry, "properties": properties})
        if feedback is not None and total > 10000 and n % 10000 == 0:
            feedback.setProgressText("encoding features: {} of {}".format(n, total))
    collection = {"type": "FeatureCollection", "features": features}
    if code:
        collection["crs"] = {"type": "name", "properties": {"name": code}}
    return Complex(json.dumps(collection, allow_nan=False), "application/json")


def single_geometry(source, target_crs, parameter, formats, context):
    """The union of the source's geometries in `target_crs`, as WKT where the server takes it."""
    transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, context.transformContext())
    parts = []
    for feature in source.getFeatures(QgsFeatureRequest().setNoAttributes()):
        if feature.hasGeometry():
            g = QgsGeometry(feature.geometry())
            g.transform(transform)
            parts.append(g)
    if not parts:
        raise QgsProcessingException("{}: the layer has no geometry".format(parameter))
    union = QgsGeometry.unaryUnion(parts)
    if union.isNull():
        raise QgsProcessingException("{}: cannot merge the layer's geometries: {}".format(parameter, union.lastError()))
    p = d.Parameter(parameter, parameter, formats=formats)
    geojson = p.first_format(d.GEOJSON_TYPES)
    if geojson or not p.first_format(d.WKT_TYPES):
        return Complex(json.dumps(geojson_geometry(union)), geojson or "application/json")
    return Complex(union.asWkt(PRECISION), p.first_format(d.WKT_TYPES))


def geojson_geometry(geometry):
    """A GeoJSON geometry with every coordinate as Python writes a float: the shortest text that
    reads back as the same double (QgsGeometry.asJson rounds to 16 significant digits)."""
    g = geometry.constGet()
    if QgsWkbTypes.isCurvedType(g.wkbType()):
        g = g.segmentize()
    return _geojson(g)


def _geojson(g):
    flat = QgsWkbTypes.flatType(g.wkbType())
    if flat == QgsWkbTypes.Point:
        return {"type": "Point", "coordinates": _xy(g)}
    if flat == QgsWkbTypes.LineString:
        return {"type": "LineString", "coordinates": [_xy(p) for p in g.points()]}
    if flat == QgsWkbTypes.Polygon:
        return {"type": "Polygon", "coordinates": _rings(g)}
    parts = [g.geometryN(i) for i in range(g.numGeometries())]
    if flat == QgsWkbTypes.MultiPoint:
        return {"type": "MultiPoint", "coordinates": [_xy(p) for p in parts]}
    if flat == QgsWkbTypes.MultiLineString:
        return {"type": "MultiLineString", "coordinates": [[_xy(p) for p in line.points()] for line in parts]}
    if flat == QgsWkbTypes.MultiPolygon:
        return {"type": "MultiPolygon", "coordinates": [_rings(polygon) for polygon in parts]}
    return {"type": "GeometryCollection", "geometries": [_geojson(p) for p in parts]}


def _xy(point):
    return [point.x(), point.y(), point.z()] if point.is3D() else [point.x(), point.y()]


def _rings(polygon):
    rings = [polygon.exteriorRing()] + [polygon.interiorRing(i) for i in range(polygon.numInteriorRings())]
    return [[_xy(p) for p in ring.points()] for ring in rings]


def plain(value):
    """An attribute value as JSON has it: NULL and NaN become null."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (int, float, str, bool)):
        return value
    if hasattr(value, "toString"):
        return value.toString()
    return str(value)


def crs_of(code):
    return QgsCoordinateReferenceSystem(code)
