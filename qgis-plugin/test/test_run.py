"""processing.run of each algorithm writes what the endpoint returns for the same request, cell
for cell; CRS, barriers, pixel size, the server's error messages and Cancel."""

import json
import time
import unittest

import numpy
from osgeo import osr

import processing
from qgis.core import QgsProcessingException, QgsVectorLayer

import support
from geointerp.algorithm import algorithm_name
from processing.gui.AlgorithmExecutor import execute

COMMON = ("data", "valueAttr", "outputBBOX", "outputWidth", "outputHeight")
W, H = 24, 20


class RunTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.endpoint = support.endpoint()
        cls.points = support.utm_points(40)
        cls.layer = support.point_layer(cls.points, "EPSG:32633")
        cls.out = support.work_dir("run")

    def run_alg(self, algorithm_id, parameters, name, feedback=None):
        parameters = dict(parameters, result="{}/{}.tif".format(self.out, name))
        result = processing.run(algorithm_id, parameters, feedback=feedback or support.RecordingFeedback())
        return support.Grid(result["result"])

    def direct(self, process_id, inputs):
        status, content = self.endpoint.execute(process_id, inputs)
        self.assertEqual(status, 200, content[:400])
        return support.Grid(content)

    def common_parameters(self, layer=None, box=support.UTM_BOX, crs="EPSG:32633"):
        return {"data": layer or self.layer, "valueAttr": "value", "outputBBOX": support.extent_string(box, crs),
                "outputWidth": W, "outputHeight": H}

    def common_inputs(self, points=None, crs="EPSG:32633", box=support.UTM_BOX, box_crs="EPSG:32633"):
        return {"data": support.geojson_points(points or self.points, crs), "valueAttr": "value",
                "outputBBOX": support.bbox(box, box_crs), "outputWidth": W, "outputHeight": H}

    def assert_same(self, plugin, direct, label):
        self.assertEqual(plugin.size, (W, H), label)
        self.assertEqual(plugin.geotransform, direct.geotransform, label)
        self.assertEqual(plugin.crs, direct.crs, label)
        self.assertEqual(plugin.nodata, direct.nodata, label)
        self.assertEqual(plugin.differences(direct), 0, label)
        # a surface, not a constant: the comparison means something
        self.assertGreater(float(numpy.nanstd(plugin.bands[0])), 0.01, label)

    def test_each_algorithm_equals_the_endpoint_cell_for_cell(self):
        for url in (self.endpoint.ogcapi, self.endpoint.wps):
            with support.Provider(server_url=url) as provider:
                for process_id in self.endpoint.process_ids():
                    desc = provider.descriptions[process_id]
                    required = [p.id for p in desc.inputs if not p.optional]
                    if set(required) - set(COMMON) or not any(o.id == "result" for o in desc.outputs):
                        continue  # processes of another shape are run by their own tests
                    with self.subTest(protocol=url, process=process_id):
                        name = algorithm_name(process_id)
                        plugin = self.run_alg("geointerp:" + name, self.common_parameters(),
                                              name + ("_wps" if url.endswith("wps") else ""))
                        self.assert_same(plugin, self.direct(process_id, self.common_inputs()), process_id)

    def test_layer_in_4326_with_the_extent_in_utm(self):
        to_wgs84 = transform("EPSG:32633", "EPSG:4326")
        lonlat = [to_wgs84.TransformPoint(x, y)[:2] + (z,) for x, y, z in self.points]
        layer = support.point_layer(lonlat, "EPSG:4326", "lonlat")
        with support.Provider(server_url=self.endpoint.ogcapi):
            plugin = self.run_alg("geointerp:shepard", self.common_parameters(layer), "shepard_4326")
        self.assert_same(plugin, self.direct("interpolation:Shepard", self.common_inputs(lonlat, "EPSG:4326")), "4326")
        srs = osr.SpatialReference(wkt=plugin.crs)
        srs.AutoIdentifyEPSG()
        self.assertEqual(srs.GetAuthorityCode(None), "32633")
        self.assertEqual(plugin.geotransform, (500000.0, 10000.0 / W, 0.0, 4008000.0, 0.0, -8000.0 / H))
        # the same points given in UTM: the server's reprojection is all that differs
        utm = self.direct("interpolation:Shepard", self.common_inputs())
        self.assertLess(float(numpy.nanmax(numpy.abs(plugin.bands[0] - utm.bands[0]))), 1e-4)

    def test_barrier_layer(self):
        wall = [[(503000.0, 3999000.0), (506000.0, 4009000.0)]]
        barriers = support.line_layer(wall, "EPSG:32633")
        with support.Provider(server_url=self.endpoint.ogcapi):
            plugin = self.run_alg("geointerp:shepard", dict(self.common_parameters(), barriers=barriers),
                                  "shepard_barrier")
        inputs = dict(self.common_inputs(), barriers=support.geojson_lines(wall, "EPSG:32633"))
        self.assert_same(plugin, self.direct("interpolation:Shepard", inputs), "barrier")
        without = self.direct("interpolation:Shepard", self.common_inputs())
        self.assertGreater(plugin.differences(without), W * H // 10, "the barrier changed nothing")

    def test_pixel_size_instead_of_width_and_height(self):
        parameters = self.common_parameters()
        del parameters["outputWidth"], parameters["outputHeight"]
        parameters["pixelSize"] = 500.0
        with support.Provider(server_url=self.endpoint.ogcapi):
            result = processing.run("geointerp:shepard", dict(parameters, result=self.out + "/pixel.tif"))
        plugin = support.Grid(result["result"])
        inputs = dict(self.common_inputs(), outputWidth=20, outputHeight=16)
        direct = self.direct("interpolation:Shepard", inputs)
        self.assertEqual(plugin.size, (20, 16))
        self.assertEqual(plugin.geotransform, (500000.0, 500.0, 0.0, 4008000.0, 0.0, -500.0))
        self.assertEqual(plugin.differences(direct), 0)
        del parameters["pixelSize"]
        with support.Provider(server_url=self.endpoint.ogcapi):
            with self.assertRaises(QgsProcessingException) as raised:
                processing.run("geointerp:shepard", dict(parameters, result=self.out + "/no_size.tif"))
        self.assertIn("Give outputWidth and outputHeight, or a pixel size", str(raised.exception))

    def test_a_bad_parameter_reaches_the_user_as_the_servers_message(self):
        status, content = self.endpoint.execute("interpolation:Clusterpolate",
                                                dict(self.common_inputs(), kernel="nonsense"))
        self.assertEqual(status, 400)
        detail = __import__("json").loads(content)["detail"]
        self.assertIn("kernel", detail)
        parameters = dict(self.common_parameters(), kernel="nonsense", result=self.out + "/bad.tif")
        for url in (self.endpoint.ogcapi, self.endpoint.wps):
            with self.subTest(protocol=url), support.Provider(server_url=url):
                with self.assertRaises(QgsProcessingException) as raised:
                    processing.run("geointerp:clusterpolate", parameters)
                self.assertIn(detail, str(raised.exception))
                # as the Processing dialog runs it: the message in the log, no traceback
                feedback = support.RecordingFeedback()
                algorithm = processing.core.Processing.QgsApplication.processingRegistry().createAlgorithmById(
                    "geointerp:clusterpolate")
                context = processing.tools.dataobjects.createContext(feedback)
                ok, _ = execute(algorithm, parameters, context, feedback)
                self.assertFalse(ok)
                self.assertEqual(len(feedback.errors), 1, feedback.errors)
                self.assertIn(detail, feedback.errors[0])
                self.assertNotIn("Traceback", feedback.errors[0])

    def test_cancel_dismisses_the_job_on_the_server(self):
        big = support.utm_points(2000, seed=11)
        layer = support.point_layer(big, "EPSG:32633", "big")
        parameters = dict(self.common_parameters(layer), outputWidth=4000, outputHeight=4000,
                          result=self.out + "/canceled.tif")
        for url in (self.endpoint.ogcapi, self.endpoint.wps):
            with self.subTest(protocol=url), support.Provider(server_url=url):
                feedback = support.RecordingFeedback()
                feedback.progressChanged.connect(lambda p, f=feedback: f.cancel() if 0 < p < 100 else None)
                started = time.monotonic()
                with self.assertRaises(QgsProcessingException) as raised:
                    processing.run("geointerp:shepard", parameters, feedback=feedback)
                self.assertIn("Canceled", str(raised.exception))
                job_id = feedback.job_id()
                self.assertIsNotNone(job_id, feedback.infos)
                self.assertIn("Job {} dismissed on the server".format(job_id), feedback.infos)
                status = self.endpoint.job(job_id)
                self.assertEqual(status["status"], "dismissed", status)
                self.assertIn("finished", status, "the server says the job stopped")
                progress = status["progress"]
                time.sleep(1.0)
                self.assertEqual(self.endpoint.job(job_id)["progress"], progress, "the job went on")
                self.assertLess(progress, 100)
                # one worker: had the job gone on, this one would wait for it
                small = time.monotonic()
                self.direct("interpolation:Shepard", self.common_inputs())
                print("\n  {}: canceled at {} % after {:.1f} s; next job answered in {:.2f} s".format(
                    url.rsplit("/", 1)[-1], progress, small - started, time.monotonic() - small))


class CrossValidationTest(unittest.TestCase):
    """A process with text, enum, integer and boolean inputs and feature and number outputs, run
    through the plugin and directly: the same residuals and figures."""

    def test_cross_validation_equals_the_endpoint(self):
        endpoint = support.endpoint()
        if "interpolation:CrossValidation" not in endpoint.process_ids():
            self.skipTest("the server has no interpolation:CrossValidation")
        points = support.utm_points(25, seed=5)
        layer = support.point_layer(points, "EPSG:32633", "cv")
        out = support.work_dir("cv")
        for url in (endpoint.ogcapi, endpoint.wps):
            with self.subTest(protocol=url), support.Provider(server_url=url) as provider:
                algorithm = provider.algorithm("crossvalidation")
                method = algorithm.parameterDefinition("method")
                self.assertEqual(method.type(), "enum")
                result = processing.run("geointerp:crossvalidation", {
                    "data": layer, "valueAttr": "value", "method": method.options().index("Shepard"),
                    "parameters": "mode=IDW", "folds": 5, "seed": 3, "autoTune": False,
                    "residuals": out + "/residuals_{}.gpkg".format(url.rsplit("/", 1)[-1])})
                body = {"inputs": {"data": support.geojson_points(points, "EPSG:32633"), "valueAttr": "value",
                                   "method": "Shepard", "parameters": "mode=IDW", "folds": 5, "seed": 3,
                                   "autoTune": False},
                        "outputs": {"residuals": {"format": {"mediaType": "application/json"},
                                                  "transmissionMode": "reference"},
                                    **{k: {} for k in ("rmse", "mae", "meanError", "r2", "predicted",
                                                       "usedParameters")}},
                        "response": "document"}
                status, _, content = endpoint.request(
                    "POST", endpoint.ogcapi + "/processes/interpolation:CrossValidation/execution", body)
                self.assertEqual(status, 200, content[:300])
                direct = json.loads(content)
                for key in ("rmse", "mae", "meanError", "r2", "predicted", "usedParameters"):
                    self.assertEqual(result[key], direct[key], key)
                self.assertIn("mode=IDW", result["usedParameters"])
                self.assertGreater(result["rmse"], 0)
                status, _, residuals = endpoint.request("GET", direct["residuals"]["href"])
                expected = sorted((round(f["geometry"]["coordinates"][0], 6), f["properties"]["residual"])
                                  for f in json.loads(residuals)["features"])
                written = QgsVectorLayer(result["residuals"], "residuals", "ogr")
                self.assertEqual(written.crs().authid(), "EPSG:32633")
                got = sorted((round(f.geometry().asPoint().x(), 6), f["residual"]) for f in written.getFeatures())
                self.assertEqual(len(got), 25)
                self.assertEqual(got, expected)


def transform(source, target):
    a, b = osr.SpatialReference(), osr.SpatialReference()
    a.SetFromUserInput(source)
    b.SetFromUserInput(target)
    for s in (a, b):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(a, b)


if __name__ == "__main__":
    unittest.main()
