"""Outputs no process of the endpoint has yet (a feature collection, numbers, text; the coming
cross-validation process has such), and a job that fails while it runs, against a scripted OGC
API server in this process: what the plugin asks for, and what it makes of the answers."""

import base64
import json
import threading
import unittest
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import processing
from qgis.core import QgsProcessingException, QgsVectorLayer

import support

RESIDUALS = {"type": "FeatureCollection",
             "crs": {"type": "name", "properties": {"name": "EPSG:32633"}},
             "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [500100.5, 4000200.25]},
                           "properties": {"observed": 1.5, "predicted": 1.25, "residual": 0.25}},
                          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [501000.0, 4001000.0]},
                           "properties": {"observed": 2.0, "predicted": 2.5, "residual": -0.5}}]}

DESCRIPTION = {
    "id": "interpolation:CrossValidation", "title": "Cross-validation", "description": "scripted",
    "inputs": {
        "data": {"title": "data", "description": "Input features: points carrying a numeric value",
                 "minOccurs": 1, "maxOccurs": 1,
                 "schema": {"oneOf": [{"type": "object", "contentMediaType": "application/json"}]}},
        "valueAttr": {"title": "valueAttr", "description": "numeric attribute", "minOccurs": 1, "maxOccurs": 1,
                      "schema": {"type": "string"}},
        "method": {"title": "method", "description": "", "minOccurs": 1, "maxOccurs": 1,
                   "schema": {"type": "string", "enum": ["Shepard", "Akima"], "default": "Shepard"}},
        "parameters": {"title": "parameters", "description": "", "minOccurs": 0, "maxOccurs": 1,
                       "schema": {"type": "string"}},
        "folds": {"title": "folds", "description": "", "minOccurs": 0, "maxOccurs": 1,
                  "schema": {"type": "integer", "minimum": 2, "default": 10}},
        "leaveOneOut": {"title": "leaveOneOut", "description": "", "minOccurs": 0, "maxOccurs": 1,
                        "schema": {"type": "boolean", "default": False}},
    },
    "outputs": {
        "residuals": {"title": "residuals", "description": "",
                      "schema": {"oneOf": [{"type": "object", "contentMediaType": "application/json"}]}},
        "rmse": {"title": "RMSE", "description": "", "schema": {"type": "number"}},
        "summary": {"title": "summary", "description": "", "schema": {"type": "string"}},
    },
}


class Scripted(BaseHTTPRequestHandler):
    posted = []
    authorizations = []

    def log_message(self, *args):
        pass

    def reply(self, status, body, content_type="application/json", headers=None):
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):  # noqa: N802
        Scripted.authorizations.append(self.headers.get("Authorization"))
        base = "http://{}".format(self.headers["Host"])
        if self.path == "/ogcapi/processes":
            self.reply(200, {"processes": [{"id": DESCRIPTION["id"]}]})
        elif self.path == "/ogcapi/processes/" + DESCRIPTION["id"]:
            self.reply(200, DESCRIPTION)
        elif self.path == "/ogcapi/jobs/good":
            self.reply(200, {"jobID": "good", "status": "successful", "progress": 100})
        elif self.path == "/ogcapi/jobs/bad":
            self.reply(200, {"jobID": "bad", "status": "failed",
                             "message": "data: 2 points are fewer than the 3 this method needs"})
        elif self.path == "/ogcapi/jobs/good/results":
            self.reply(200, {"residuals": {"href": base + "/ogcapi/jobs/good/results/residuals?f=json",
                                           "type": "application/json"},
                             "rmse": 0.3952847075210474, "summary": "2 points, 2 folds"})
        elif self.path == "/ogcapi/jobs/good/results/residuals?f=json":
            self.reply(200, RESIDUALS)
        else:
            self.reply(404, {"detail": "no " + self.path})

    def do_POST(self):  # noqa: N802
        Scripted.authorizations.append(self.headers.get("Authorization"))
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        Scripted.posted.append({"headers": dict(self.headers), "body": body})
        job = "bad" if body["inputs"].get("method") == "Akima" else "good"
        self.reply(201, {"jobID": job, "status": "accepted"},
                   headers={"Location": "http://{}/ogcapi/jobs/{}".format(self.headers["Host"], job)})


class OutputsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = ThreadingHTTPServer(("127.0.0.1", 0), Scripted)
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()
        cls.url = "http://127.0.0.1:{}/ogcapi".format(cls.server.server_address[1])
        cls.layer = support.point_layer(support.utm_points(5), "EPSG:32633")

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()
        cls.server.server_close()

    def test_feature_number_and_text_outputs(self):
        Scripted.posted.clear()
        out = support.work_dir("outputs")
        with support.Provider(server_url=self.url):
            result = processing.run("geointerp:crossvalidation", {
                "data": self.layer, "valueAttr": "value", "method": 0, "folds": 2,
                "residuals": out + "/residuals.gpkg"})
        posted = Scripted.posted[0]
        self.assertEqual(posted["headers"]["Content-Type"], "application/json")
        self.assertEqual(posted["headers"]["Prefer"], "respond-async")
        inputs = posted["body"]["inputs"]
        self.assertEqual((inputs["method"], inputs["folds"], inputs["leaveOneOut"]), ("Shepard", 2, False))
        self.assertNotIn("parameters", inputs)  # optional text left empty: not sent
        self.assertEqual(inputs["data"]["value"]["features"][0]["properties"], {"value": support.utm_points(5)[0][2]})
        self.assertEqual(posted["body"]["outputs"]["residuals"]["transmissionMode"], "reference")
        self.assertEqual(result["rmse"], 0.3952847075210474)
        self.assertEqual(result["summary"], "2 points, 2 folds")
        layer = QgsVectorLayer(result["residuals"], "residuals", "ogr")
        self.assertTrue(layer.isValid())
        self.assertEqual(layer.crs().authid(), "EPSG:32633")
        rows = sorted((f["observed"], f["predicted"], f["residual"], f.geometry().asPoint().x())
                      for f in layer.getFeatures())
        self.assertEqual(rows, [(1.5, 1.25, 0.25, 500100.5), (2.0, 2.5, -0.5, 501000.0)])

    def test_a_job_that_fails_while_it_runs(self):
        with support.Provider(server_url=self.url):
            with self.assertRaises(QgsProcessingException) as raised:
                processing.run("geointerp:crossvalidation", {
                    "data": self.layer, "valueAttr": "value", "method": 1,
                    "residuals": "TEMPORARY_OUTPUT"})
        self.assertEqual(str(raised.exception), "data: 2 points are fewer than the 3 this method needs")

    def test_credentials_from_the_authentication_manager(self):
        from qgis.core import QgsApplication, QgsAuthMethodConfig

        manager = QgsApplication.authManager()
        if not manager.masterPasswordHashInDatabase():
            manager.setMasterPassword("test master password", True)
        config = QgsAuthMethodConfig("Basic")
        config.setName("scripted server")
        config.setConfig("username", "analyst")
        config.setConfig("password", "s3cret:pass")
        self.assertTrue(manager.storeAuthenticationConfig(config)[0])
        Scripted.authorizations.clear()
        with support.Provider(server_url=self.url, authcfg=config.id()):
            processing.run("geointerp:crossvalidation", {"data": self.layer, "valueAttr": "value", "method": 0,
                                                         "residuals": "TEMPORARY_OUTPUT"})
        expected = "Basic " + base64.b64encode(b"analyst:s3cret:pass").decode("ascii")
        # every request: descriptions, the execution, the status, the results and their download
        self.assertGreaterEqual(len(Scripted.authorizations), 6)
        self.assertEqual(set(Scripted.authorizations), {expected})


if __name__ == "__main__":
    unittest.main()
