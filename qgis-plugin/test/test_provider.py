"""The provider lists every process of the server, over both protocols, with native widgets."""

import json
import unittest
import urllib.request
import xml.etree.ElementTree as ET

from qgis.core import QgsProcessing, QgsProcessingParameterField, QgsProcessingParameterNumber

import support
from geointerp.algorithm import algorithm_name

OWS = "{http://www.opengis.net/ows/1.1}"


def signature(algorithm):
    """What a user sees of each parameter: name, type, optional, default, range, choices."""
    out = []
    for p in algorithm.parameterDefinitions():
        entry = {"name": p.name(), "type": p.type(), "optional": bool(p.flags() & p.FlagOptional),
                 "default": p.defaultValue()}
        if p.type() == "number":
            entry.update(kind=int(p.dataType()), min=p.minimum(), max=p.maximum())
        if p.type() == "enum":
            entry.update(options=p.options(), multiple=p.allowMultiple())
        if p.type() == "field":
            entry.update(parent=p.parentLayerParameterName(), field_type=int(p.dataType()))
        if p.type() == "source":
            entry.update(types=sorted(int(t) for t in p.dataTypes()))
        out.append(entry)
    return out


class ProviderTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.endpoint = support.endpoint()

    def wps_process_ids(self):
        url = self.endpoint.wps + "?service=WPS&request=GetCapabilities&AcceptVersions=1.0.0"
        request = urllib.request.Request(url, headers={"Host": self.endpoint.host})
        root = ET.fromstring(urllib.request.urlopen(request).read())
        return sorted(e.findtext(OWS + "Identifier") for e in root.iter("{http://www.opengis.net/wps/1.0.0}Process"))

    def test_lists_every_process_over_ogc_api_and_wps(self):
        ids = self.endpoint.process_ids()
        self.assertGreaterEqual(len(ids), 4, ids)
        self.assertEqual(ids, self.wps_process_ids())
        expected = sorted("geointerp:" + algorithm_name(i) for i in ids)
        for url in (self.endpoint.ogcapi, self.endpoint.wps):
            with support.Provider(server_url=url) as provider:
                self.assertEqual(sorted(a.id() for a in provider.algorithms()), expected, url)
                self.assertEqual(sorted(provider.descriptions), ids)
                titles = {a.displayName() for a in provider.algorithms()}
                self.assertIn("Shepard (SYMAP) interpolation", titles)

    def test_both_protocols_give_the_same_dialogs(self):
        with support.Provider(server_url=self.endpoint.ogcapi) as provider:
            ogcapi = {a.id(): signature(a) for a in provider.algorithms()}
        with support.Provider(server_url=self.endpoint.wps) as provider:
            wps = {a.id(): signature(a) for a in provider.algorithms()}
        self.assertEqual(sorted(ogcapi), sorted(wps))
        for algorithm_id in ogcapi:
            self.assertEqual(ogcapi[algorithm_id], wps[algorithm_id], algorithm_id)

    def test_native_widgets_from_the_description(self):
        with support.Provider(server_url=self.endpoint.ogcapi) as provider:
            shepard = {p["name"]: p for p in signature(provider.algorithm("shepard"))}
            clusterpolate = {p["name"]: p for p in signature(provider.algorithm("clusterpolate"))}
            purbf = {p["name"]: p for p in signature(provider.algorithm("partitionofunityrbf"))}
        self.assertEqual(shepard["data"]["type"], "source")
        self.assertEqual(shepard["data"]["types"], [QgsProcessing.TypeVectorPoint])
        self.assertFalse(shepard["data"]["optional"])
        self.assertEqual(shepard["valueAttr"]["type"], "field")
        self.assertEqual(shepard["valueAttr"]["parent"], "data")
        self.assertEqual(shepard["valueAttr"]["field_type"], QgsProcessingParameterField.Numeric)
        self.assertEqual(shepard["outputBBOX"]["type"], "extent")
        self.assertEqual(shepard["outputWidth"]["kind"], QgsProcessingParameterNumber.Integer)
        self.assertEqual(shepard["outputWidth"]["min"], 1)
        self.assertEqual(shepard["pixelSize"]["kind"], QgsProcessingParameterNumber.Double)
        self.assertEqual(shepard["mode"]["type"], "enum")
        self.assertEqual(shepard["mode"]["options"], ["SYMAP", "IDW"])
        self.assertEqual(shepard["mode"]["default"], 0)
        self.assertEqual(shepard["minNeighbours"]["default"], 4)
        self.assertEqual(shepard["exponent"]["default"], 2.0)
        self.assertEqual(shepard["exponent"]["min"], 0.0)
        self.assertEqual(shepard["direction"]["type"], "boolean")
        self.assertIs(shepard["direction"]["default"], True)
        self.assertTrue(shepard["radius"]["optional"])
        self.assertIsNone(shepard["radius"]["default"])
        self.assertEqual(shepard["barriers"]["types"],
                         sorted([QgsProcessing.TypeVectorLine, QgsProcessing.TypeVectorPolygon]))
        self.assertTrue(shepard["barriers"]["optional"])
        self.assertEqual(shepard["barrierStrengthAttr"]["parent"], "barriers")
        self.assertEqual(shepard["result"]["type"], "rasterDestination")
        self.assertEqual((clusterpolate["membershipThreshold"]["min"], clusterpolate["membershipThreshold"]["max"],
                          clusterpolate["membershipThreshold"]["default"]), (0.0, 1.0, 0.0))
        self.assertEqual(clusterpolate["kernel"]["type"], "string")
        self.assertEqual(clusterpolate["kernel"]["default"], "bump")
        self.assertEqual(purbf["domain"]["types"], [QgsProcessing.TypeVectorPolygon])
        self.assertEqual(purbf["kernel"]["options"][:2], ["WENDLAND_C2", "WENDLAND_C4"])
        self.assertTrue(purbf["kernel"]["optional"])

    def test_a_new_kind_of_process_maps_without_plugin_changes(self):
        # a description shaped like the coming cross-validation process: text, enum, integer and
        # boolean inputs; a feature collection and numbers out
        from geointerp.algorithm import RemoteProcessAlgorithm
        from geointerp.ogcapi import parse_description

        doc = json.loads(json.dumps(self.endpoint.get_json(self.endpoint.ogcapi + "/processes/interpolation:Shepard")))
        doc["id"] = "interpolation:CrossValidation"
        doc["inputs"] = {k: v for k, v in doc["inputs"].items() if k in ("data", "valueAttr")}
        doc["inputs"]["method"] = {"title": "method", "description": "process to validate", "minOccurs": 1,
                                   "maxOccurs": 1, "schema": {"type": "string", "enum": ["Shepard", "Akima"]}}
        doc["inputs"]["parameters"] = {"title": "parameters", "description": "key=value list", "minOccurs": 0,
                                       "maxOccurs": 1, "schema": {"type": "string"}}
        doc["inputs"]["folds"] = {"title": "folds", "description": "k", "minOccurs": 0, "maxOccurs": 1,
                                  "schema": {"type": "integer", "minimum": 2, "maximum": 100, "default": 10}}
        doc["inputs"]["leaveOneOut"] = {"title": "leaveOneOut", "description": "", "minOccurs": 0, "maxOccurs": 1,
                                        "schema": {"type": "boolean", "default": False}}
        doc["outputs"] = {
            "residuals": {"title": "residuals", "description": "",
                          "schema": {"oneOf": [{"type": "object", "contentMediaType": "application/json"}]}},
            "rmse": {"title": "RMSE", "description": "", "schema": {"type": "number"}},
            "summary": {"title": "summary", "description": "", "schema": {"type": "string"}},
        }
        algorithm = RemoteProcessAlgorithm(parse_description(doc), connection=None)
        algorithm.initAlgorithm()
        params = {p["name"]: p for p in signature(algorithm)}
        self.assertEqual(algorithm.name(), "crossvalidation")
        self.assertEqual(params["method"]["options"], ["Shepard", "Akima"])
        self.assertFalse(params["method"]["optional"])
        self.assertEqual(params["parameters"]["type"], "string")
        self.assertEqual((params["folds"]["kind"], params["folds"]["min"], params["folds"]["max"],
                          params["folds"]["default"]), (QgsProcessingParameterNumber.Integer, 2, 100, 10))
        self.assertEqual((params["leaveOneOut"]["type"], params["leaveOneOut"]["default"]), ("boolean", False))
        self.assertEqual(params["residuals"]["type"], "sink")
        outputs = {o.name(): o.type() for o in algorithm.outputDefinitions()}
        self.assertEqual(outputs, {"residuals": "outputVector", "rmse": "outputNumber", "summary": "outputString"})


if __name__ == "__main__":
    unittest.main()
