"""One Processing algorithm for one server process, its parameters built from the process's
description: numbers with their ranges and defaults, enums as lists, feature collections as
vector layers (an "...Attr" text input as a field of its layer), bounding boxes as extents with
their CRS, grids as raster destinations, feature outputs as sinks, literal outputs as numbers or
strings."""

import math
import os
import re
import tempfile

from qgis.core import (QgsFeature, QgsFeatureSink, QgsProcessing, QgsProcessingAlgorithm,
                       QgsProcessingException, QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsProcessingParameterBoolean, QgsProcessingParameterCrs,
                       QgsProcessingParameterDefinition, QgsProcessingParameterEnum,
                       QgsProcessingParameterExtent, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterString, QgsVectorLayer)
from qgis.PyQt.QtCore import QVariant

from . import description as d
from .encoding import bounding_box, feature_collection, single_geometry
from .http import ServerError
from .jobs import JobCanceled, Literal, OutputRequest, run_job
from .local_server import LocalServerError

PIXEL_SIZE = "pixelSize"
WIDTH, HEIGHT = "outputWidth", "outputHeight"


def algorithm_name(process_id, home_namespace="interpolation"):
    """'interpolation:Shepard' -> 'shepard'; 'vec:BarnesSurface' -> 'vec_barnessurface'."""
    namespace, _, local = process_id.rpartition(":")
    name = local if namespace in ("", home_namespace) else namespace + "_" + local
    return re.sub(r"[^a-z0-9_]", "_", name.lower())


def label(parameter):
    """The server's title, or 'valueAttr' -> 'Value attr' where the title is just the identifier."""
    if parameter.title and parameter.title != parameter.id:
        return parameter.title
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", parameter.id) or [parameter.id]
    text = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in words)
    return text[:1].upper() + text[1:]


def geometry_types(parameter):
    """Layer types from the first sentence of the input's description ('Barrier lines and
    polygons ...'); any geometry when it names none."""
    first = re.split(r"\.\s", parameter.abstract.lower(), maxsplit=1)[0]
    types = []
    if re.search(r"\b(multi)?points?\b", first):
        types.append(QgsProcessing.TypeVectorPoint)
    if re.search(r"\b(multi)?(poly)?lines?\b|\blinestrings?\b", first):
        types.append(QgsProcessing.TypeVectorLine)
    if re.search(r"\b(multi)?polygons?\b", first):
        types.append(QgsProcessing.TypeVectorPolygon)
    return types or [QgsProcessing.TypeVectorAnyGeometry]


class Plan:
    """How each input and output of a description becomes a QGIS parameter."""

    def __init__(self, desc):
        self.desc = desc
        self.features = [p for p in desc.inputs if p.kind == d.FEATURES]
        self.attributes = {}  # attribute input id -> the features input whose field it names
        for p in desc.inputs:
            if p.kind == d.LITERAL and p.data_type == d.STRING and not p.allowed and re.search(
                    r"(Attr|Attribute|Field)$", p.id) and self.features:
                self.attributes[p.id] = self._layer_of(p.id)
        self.inputs = [p for p in desc.inputs if p.kind != d.UNSUPPORTED]
        self.skipped = [p for p in desc.inputs if p.kind == d.UNSUPPORTED]
        bbox = [p for p in desc.inputs if p.kind == d.BBOX]
        self.bbox = bbox[0] if bbox else None
        names = {p.id for p in desc.inputs}
        self.pixel_size = (self.bbox is not None and PIXEL_SIZE not in names
                           and all(desc.input(n) is not None and desc.input(n).data_type == d.INTEGER
                                   for n in (WIDTH, HEIGHT)))
        self.outputs = [o for o in desc.outputs if o.kind != d.UNSUPPORTED]
        self.skipped_outputs = [o for o in desc.outputs if o.kind == d.UNSUPPORTED]
        # an output named like an input gets a suffix: QGIS keeps one namespace for both
        self.output_names = {o.id: o.id + "_output" if o.id in names else o.id for o in self.outputs}

    @property
    def runnable(self):
        return not any(not p.optional for p in self.skipped)

    def _layer_of(self, attribute_id):
        # barrierStrengthAttr belongs to barriers, valueAttr to the first (data) layer
        for layer in self.features:
            stem = layer.id.lower().rstrip("s")
            if stem and attribute_id.lower().startswith(stem):
                return layer.id
        return self.features[0].id


class RemoteProcessAlgorithm(QgsProcessingAlgorithm):
    def __init__(self, desc, connection):
        super().__init__()
        self.desc = desc
        self.connection = connection
        self.plan = Plan(desc)

    # ---- identity

    def name(self):
        return algorithm_name(self.desc.id)

    def displayName(self):  # noqa: N802
        return self.desc.title

    def group(self):
        return self.desc.id.rpartition(":")[0] or "processes"

    def groupId(self):  # noqa: N802
        return re.sub(r"[^a-z0-9_]", "_", self.group().lower())

    def shortHelpString(self):  # noqa: N802
        lines = [self.desc.abstract, "", "Process {} on {}.".format(self.desc.id, self.connection.label())]
        if self.plan.pixel_size:
            lines.append("Give {} and {}, or a pixel size (which then sets both, keeping the extent's "
                         "top left corner).".format(WIDTH, HEIGHT))
        for p in self.plan.skipped:
            lines.append("Input {} is not offered: {}.".format(p.id, p.why_unsupported))
        return "\n".join(lines)

    def createInstance(self):  # noqa: N802
        return RemoteProcessAlgorithm(self.desc, self.connection)

    # ---- parameters

    def initAlgorithm(self, config=None):  # noqa: N802
        for p in self.plan.inputs:
            parameter = self._parameter(p)
            if parameter is None:
                continue
            parameter.setHelp(p.abstract)
            if p.optional:
                parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagOptional)
            self.addParameter(parameter)
            if p.kind == d.BBOX and self.plan.pixel_size:
                size = QgsProcessingParameterNumber(PIXEL_SIZE, "Pixel size (replaces width and height)",
                                                    QgsProcessingParameterNumber.Double, None, True, 0.0)
                size.setHelp("Cell size in the units of the extent's CRS. When set, the output's width and "
                             "height are the extent divided by it (rounded up), the extent grown to the right "
                             "and to the bottom to whole cells.")
                self.addParameter(size)
        for o in self.plan.outputs:
            name = self.plan.output_names[o.id]
            if o.kind == d.COVERAGE:
                self.addParameter(QgsProcessingParameterRasterDestination(name, label(o)))
            elif o.kind == d.FEATURES:
                self.addParameter(QgsProcessingParameterFeatureSink(name, label(o), QgsProcessing.TypeVectorAnyGeometry))
            elif o.data_type in (d.INTEGER, d.DOUBLE):
                self.addOutput(QgsProcessingOutputNumber(name, label(o)))
            else:
                self.addOutput(QgsProcessingOutputString(name, label(o)))

    def _parameter(self, p):
        title = label(p)
        optional = p.optional
        if p.kind == d.FEATURES:
            return QgsProcessingParameterFeatureSource(p.id, title, geometry_types(p), None, optional)
        if p.kind == d.GEOMETRY:
            return QgsProcessingParameterFeatureSource(p.id, title, geometry_types(p), None, optional)
        if p.kind == d.BBOX:
            return QgsProcessingParameterExtent(p.id, title, None, optional)
        if p.kind == d.CRS:
            return QgsProcessingParameterCrs(p.id, title, p.default, optional)
        if p.id in self.plan.attributes:
            numeric = "numeric" in p.abstract.lower() or p.id.lower().startswith(("value", "weight"))
            return QgsProcessingParameterField(
                p.id, title, p.default, self.plan.attributes[p.id],
                QgsProcessingParameterField.Numeric if numeric else QgsProcessingParameterField.Any,
                p.max_occurs > 1, optional)
        if p.allowed:
            default = p.allowed.index(str(p.default)) if p.default is not None and str(p.default) in p.allowed else None
            return QgsProcessingParameterEnum(p.id, title, p.allowed, p.max_occurs > 1, default, optional)
        if p.data_type == d.BOOLEAN:
            return QgsProcessingParameterBoolean(p.id, title, bool(p.default) if p.default is not None else False,
                                                 optional)
        if p.data_type in (d.INTEGER, d.DOUBLE) and p.max_occurs == 1:
            kind = (QgsProcessingParameterNumber.Integer if p.data_type == d.INTEGER
                    else QgsProcessingParameterNumber.Double)
            if self.plan.pixel_size and p.id in (WIDTH, HEIGHT):
                optional = True  # a pixel size can stand in for them
            number = QgsProcessingParameterNumber(p.id, title, kind, p.default, optional)
            if p.minimum is not None:
                number.setMinimum(p.minimum)
            if p.maximum is not None:
                number.setMaximum(p.maximum)
            return number
        # strings, and several values of any literal type, comma separated
        parameter = QgsProcessingParameterString(p.id, title, None if p.default is None else str(p.default),
                                                 False, optional)
        if p.max_occurs > 1:
            parameter.setHelp(p.abstract + " (several values: separate them by commas)")
        return parameter

    def checkParameterValues(self, parameters, context):  # noqa: N802
        ok, message = super().checkParameterValues(parameters, context)
        if ok and self.plan.pixel_size:
            size = self.parameterAsDouble(parameters, PIXEL_SIZE, context) if self._given(parameters, PIXEL_SIZE) else 0
            if not (size > 0 or (self._given(parameters, WIDTH) and self._given(parameters, HEIGHT))):
                return False, "Give {} and {}, or a pixel size".format(WIDTH, HEIGHT)
        return ok, message

    # ---- execution

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        try:
            inputs = self._inputs(parameters, context, feedback)
            outputs, destinations = self._outputs(parameters, context)
            client = self.connection.client(feedback)
            results = run_job(client, self.desc.id, inputs, outputs, feedback)
            feedback.setProgress(100)
            return self._write(client, results, destinations, parameters, context, feedback)
        except JobCanceled as e:
            raise QgsProcessingException("Canceled: job {} dismissed on the server".format(e.job.id))
        except (ServerError, LocalServerError) as e:
            raise QgsProcessingException(str(e))

    def _inputs(self, parameters, context, feedback):
        plan = self.plan
        values = {}
        bbox = None
        bbox_crs = None
        if plan.bbox is not None and self._given(parameters, plan.bbox.id):
            rect = self.parameterAsExtent(parameters, plan.bbox.id, context)
            bbox_crs = self.parameterAsExtentCrs(parameters, plan.bbox.id, context)
            if not bbox_crs.isValid() and plan.features:
                # an extent typed without a CRS: the data layer's, as the dialog would show it
                bbox_crs = self.parameterAsSource(parameters, plan.features[0].id, context).sourceCrs()
            bbox = bounding_box(rect, bbox_crs, plan.bbox.id)
            values[plan.bbox.id] = bbox
        for p in plan.inputs:
            if p.kind == d.BBOX or p.id in values or not self._given(parameters, p.id):
                continue
            if p.kind == d.FEATURES:
                source = self.parameterAsSource(parameters, p.id, context)
                if source is None:
                    raise QgsProcessingException("{}: layer not found".format(p.id))
                attributes = [self._field(parameters, a, context) for a, layer in plan.attributes.items()
                              if layer == p.id and self._given(parameters, a)]
                target = bbox_crs if bbox_crs is not None else source.sourceCrs()
                values[p.id] = feature_collection(source, [a for a in attributes if a], target, context, feedback)
            elif p.kind == d.GEOMETRY:
                source = self.parameterAsSource(parameters, p.id, context)
                target = bbox_crs if bbox_crs is not None else source.sourceCrs()
                values[p.id] = single_geometry(source, target, p.id, p.formats, context)
            elif p.kind == d.CRS:
                crs = self.parameterAsCrs(parameters, p.id, context)
                values[p.id] = Literal(crs.authid())
            elif p.id in plan.attributes:
                field = self._field(parameters, p.id, context)
                if field:
                    values[p.id] = Literal(field)
            else:
                value = self._literal(p, parameters, context)
                if value is not None:
                    values[p.id] = Literal(value)
        if plan.pixel_size:
            self._grid_size(parameters, context, values, bbox)
        return values

    def _grid_size(self, parameters, context, values, bbox):
        size = self.parameterAsDouble(parameters, PIXEL_SIZE, context) if self._given(parameters, PIXEL_SIZE) else 0
        if size and size > 0 and bbox is not None:
            width = max(1, math.ceil((bbox.maxx - bbox.minx) / size - 1e-9))
            height = max(1, math.ceil((bbox.maxy - bbox.miny) / size - 1e-9))
            bbox.maxx = bbox.minx + width * size
            bbox.miny = bbox.maxy - height * size
            values[WIDTH], values[HEIGHT] = Literal(width), Literal(height)
        elif WIDTH not in values or HEIGHT not in values:
            raise QgsProcessingException("give {} and {}, or {}".format(WIDTH, HEIGHT, PIXEL_SIZE))

    def _field(self, parameters, name, context):
        fields = self.parameterAsFields(parameters, name, context)
        return fields[0] if fields else None

    def _literal(self, p, parameters, context):
        if p.allowed:
            if p.max_occurs > 1:
                return [p.allowed[i] for i in self.parameterAsEnums(parameters, p.id, context)]
            return p.allowed[self.parameterAsEnum(parameters, p.id, context)]
        if p.data_type == d.BOOLEAN:
            return self.parameterAsBoolean(parameters, p.id, context)
        if p.max_occurs == 1 and p.data_type == d.INTEGER:
            return self.parameterAsInt(parameters, p.id, context)
        if p.max_occurs == 1 and p.data_type == d.DOUBLE:
            return self.parameterAsDouble(parameters, p.id, context)
        text = self.parameterAsString(parameters, p.id, context)
        if text == "" and p.optional:
            return None
        if p.max_occurs > 1:
            return [d.to_literal(t.strip(), p.data_type) for t in text.split(",") if t.strip()]
        return text

    def _given(self, parameters, name):
        value = parameters.get(name)
        if value is None:
            definition = self.parameterDefinition(name)
            value = definition.defaultValue() if definition is not None else None
        return value is not None and not (isinstance(value, QVariant) and value.isNull())

    def _outputs(self, parameters, context):
        requests, destinations = [], {}
        for o in self.plan.outputs:
            name = self.plan.output_names[o.id]
            if o.kind == d.COVERAGE:
                path = self.parameterAsOutputLayer(parameters, name, context)
                wanted = d.ARCGRID_TYPES if path.lower().endswith(".asc") else d.GEOTIFF_TYPES
                media_type = o.first_format(wanted) or o.formats[0]
                destinations[o.id] = path
                requests.append(OutputRequest(o.id, media_type))
            elif o.kind == d.FEATURES:
                requests.append(OutputRequest(o.id, o.first_format(d.GEOJSON_TYPES) or o.formats[0]))
            else:
                requests.append(OutputRequest(o.id, None))
        return requests, destinations

    def _write(self, client, results, destinations, parameters, context, feedback):
        out = {}
        for o in self.plan.outputs:
            name = self.plan.output_names[o.id]
            result = results.get(o.id)
            if result is None:
                raise QgsProcessingException("the server's results have no output '{}'".format(o.id))
            if o.kind == d.COVERAGE:
                content = result.content if result.content is not None else client.download(result.href, feedback)
                _write_raster(content, result.media_type, destinations[o.id])
                out[name] = destinations[o.id]
            elif o.kind == d.FEATURES:
                content = result.content if result.content is not None else client.download(result.href, feedback)
                out[name] = self._write_features(content, name, parameters, context, feedback)
            else:
                out[name] = _typed(result.value, o.data_type)
        return out

    def _write_features(self, content, name, parameters, context, feedback):
        folder = tempfile.mkdtemp(prefix="geointerp_")
        path = os.path.join(folder, name + ".geojson")
        with open(path, "wb") as f:
            f.write(content)
        layer = QgsVectorLayer(path, name, "ogr")
        if not layer.isValid():
            raise QgsProcessingException("output {}: the server's answer is not a readable feature collection".format(name))
        sink, dest = self.parameterAsSink(parameters, name, context, layer.fields(), layer.wkbType(), layer.crs())
        if sink is None:
            raise QgsProcessingException("output {}: cannot create the destination layer".format(name))
        for feature in layer.getFeatures():
            if not sink.addFeature(QgsFeature(feature), QgsFeatureSink.FastInsert):
                raise QgsProcessingException("output {}: {}".format(name, sink.lastError()))
        return dest


def _write_raster(content, media_type, path):
    """Writes the server's grid to `path` as it came; converted by GDAL only where the file
    type asked for is not the one the server sent."""
    asked_arcgrid = path.lower().endswith(".asc")
    sent_arcgrid = d.base_media_type(media_type) in d.ARCGRID_TYPES
    if asked_arcgrid == sent_arcgrid:
        with open(path, "wb") as f:
            f.write(content)
        return
    from osgeo import gdal

    folder = tempfile.mkdtemp(prefix="geointerp_")
    source = os.path.join(folder, "result.asc" if sent_arcgrid else "result.tif")
    with open(source, "wb") as f:
        f.write(content)
    if gdal.Translate(path, source, format="AAIGrid" if asked_arcgrid else "GTiff") is None:
        raise QgsProcessingException("cannot convert the server's grid to " + path)


def _typed(value, data_type):
    if value is None or isinstance(value, (int, float, bool)):
        return value
    try:
        return d.to_literal(value, data_type)
    except ValueError:
        return value
