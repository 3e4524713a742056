"""Drives the endpoint with OWSLib, the WPS client library QGIS's WPS plugins are built on.

Called by the JUnit suite; prints one JSON document on stdout.

  caps URL                          -> {"processes": [...], "operations": [...]}
  describe URL ID                   -> {"inputs": [...], "outputs": [...]}
  execute URL ID INPUTS.json OUT sync|async
                                    -> {"status": ..., "percents": [...], "polls": n}
  ogcapi URL                        -> {"processes": [...], "described": {...}}

INPUTS.json is a list of [identifier, kind, value] with kind literal, complex or bbox.
"""
import json
import sys
import time

from owslib.wps import BoundingBoxDataInput, ComplexDataInput, WebProcessingService, SYNC, ASYNC


def caps(url):
    wps = WebProcessingService(url, version="1.0.0")
    return {"processes": [{"identifier": p.identifier, "title": p.title, "abstract": p.abstract}
                          for p in wps.processes],
            "operations": [op.name for op in wps.operations]}


def describe(url, ident):
    wps = WebProcessingService(url, version="1.0.0", skip_caps=True)
    p = wps.describeprocess(ident)

    def io(x):
        return {"identifier": x.identifier, "title": getattr(x, "title", None), "abstract": x.abstract,
                "dataType": x.dataType, "allowedValues": [str(v) for v in x.allowedValues],
                "defaultValue": None if x.defaultValue is None else str(getattr(x.defaultValue, "mimeType", x.defaultValue)),
                "supported": [c.mimeType for c in x.supportedValues if hasattr(c, "mimeType")],
                "minOccurs": getattr(x, "minOccurs", None)}
    return {"identifier": p.identifier, "title": p.title, "abstract": p.abstract,
            "storeSupported": p.storeSupported, "statusSupported": p.statusSupported,
            "inputs": [io(i) for i in p.dataInputs], "outputs": [io(o) for o in p.processOutputs]}


def execute(url, ident, inputs_file, out, mode):
    with open(inputs_file) as f:
        spec = json.load(f)
    inputs = []
    for key, kind, value in spec:
        if kind == "literal":
            inputs.append((key, str(value)))
        elif kind == "complex":
            inputs.append((key, ComplexDataInput(value, mimeType="application/json")))
        elif kind == "bbox":
            inputs.append((key, BoundingBoxDataInput(value["bbox"], crs=value["crs"])))
        else:
            raise ValueError(kind)
    wps = WebProcessingService(url, version="1.0.0", skip_caps=True)
    output_id = wps.describeprocess(ident).processOutputs[0].identifier
    execution = wps.execute(ident, inputs, output=[(output_id, True, "image/tiff")],
                            mode=SYNC if mode == "sync" else ASYNC)
    percents = [execution.percentCompleted]
    polls = 0
    deadline = time.time() + 120
    while not execution.isComplete():
        if polls >= 2000 or time.time() > deadline:
            return {"status": "TimedOut", "percents": percents, "polls": polls}
        execution.checkStatus(sleepSecs=0.05)
        percents.append(execution.percentCompleted)
        polls += 1
    errors = [{"code": e.code, "locator": e.locator, "text": e.text} for e in execution.errors]
    if execution.isSucceeded():
        execution.getOutput(out)
    return {"status": execution.status, "percents": percents, "polls": polls, "errors": errors,
            "statusLocation": execution.statusLocation}


def ogcapi(url):
    from owslib.ogcapi.processes import Processes
    api = Processes(url)
    listed = api.processes()
    described = {p["id"]: api.process(p["id"]) for p in listed["processes"]}
    return {"processes": [p["id"] for p in listed["processes"]], "described": described}


def main(argv):
    cmd = argv[1]
    if cmd == "caps":
        result = caps(argv[2])
    elif cmd == "describe":
        result = describe(argv[2], argv[3])
    elif cmd == "execute":
        result = execute(argv[2], argv[3], argv[4], argv[5], argv[6])
    elif cmd == "ogcapi":
        result = ogcapi(argv[2])
    else:
        raise SystemExit("unknown command " + cmd)
    json.dump(result, sys.stdout, default=str)


if __name__ == "__main__":
    main(sys.argv)
