"""OGC API - Processes - Part 1 (1.0) client: process descriptions with JSON Schemas, asynchronous
execution (Prefer: respond-async), job status, dismissal (DELETE) and results."""

import json
from urllib.parse import quote, urljoin

from . import description as d
from .http import ServerError, error_message
from .jobs import (ACCEPTED, DISMISSED, FAILED, RUNNING, SUCCESSFUL, BoundingBox, Complex, Job,
                   JobStatus, Literal, Result)

JSON = "application/json"
STATES = {
    "accepted": ACCEPTED,
    "running": RUNNING,
    "successful": SUCCESSFUL,
    "failed": FAILED,
    "dismissed": DISMISSED,
}


class OgcApiClient:
    protocol = "OGC API - Processes"

    def __init__(self, url, http):
        self.url = url.rstrip("/")
        self.http = http

    # ---- descriptions

    def process_ids(self, feedback=None):
        doc = self._json(self.http.get(self.url + "/processes", feedback, accept=JSON))
        return [p["id"] for p in doc.get("processes", [])]

    def description_document(self, process_id, feedback=None):
        return self._json(self.http.get(self._process_url(process_id), feedback, accept=JSON))

    @staticmethod
    def parse(doc):
        return parse_description(doc)

    # ---- execution

    def submit(self, process_id, inputs, outputs, feedback=None):
        body = {"inputs": {k: _input_json(v) for k, v in inputs.items()}, "outputs": {}}
        for o in outputs:
            if o.media_type:
                body["outputs"][o.id] = {"format": {"mediaType": o.media_type}, "transmissionMode": "reference"}
            else:
                body["outputs"][o.id] = {"transmissionMode": "value"}
        body["response"] = "document"
        response = self.http.post(
            self._process_url(process_id) + "/execution",
            json.dumps(body).encode("utf-8"),
            JSON,
            {"Prefer": "respond-async", "Accept": JSON},
            feedback,
        )
        if response.status >= 400:
            raise ServerError(error_message(response), response.status)
        location = response.headers.get("location")
        doc = self._json(response)
        job_id = doc.get("jobID")
        if not location and job_id:
            location = self.url + "/jobs/" + job_id
        if not location:
            raise ServerError("the server ran the process synchronously and answered no job: " + response.text()[:300])
        return Job(job_id or location.rstrip("/").rsplit("/", 1)[-1], urljoin(self.url + "/", location))

    def status(self, job, feedback=None):
        doc = self._json(self.http.get(job.status_url, feedback, accept=JSON))
        state = STATES.get(str(doc.get("status", "")).lower(), RUNNING)
        return JobStatus(state, doc.get("progress"), doc.get("message") or "", doc)

    def dismiss(self, job, feedback=None):
        response = self.http.delete(job.status_url, feedback)
        if response.status >= 400 and response.status != 404:
            raise ServerError(error_message(response), response.status)

    def results(self, job, status, outputs, feedback=None):
        link = next((l["href"] for l in (status.document or {}).get("links", [])
                     if l.get("rel", "").endswith("/results")), job.status_url + "/results")
        doc = self._json(self.http.get(urljoin(job.status_url, link), feedback, accept=JSON))
        results = {}
        for o in outputs:
            value = doc.get(o.id)
            if isinstance(value, dict) and "href" in value:
                results[o.id] = Result(href=urljoin(job.status_url, value["href"]),
                                       media_type=value.get("type") or o.media_type)
            elif isinstance(value, dict) and "value" in value:
                v = value["value"]
                results[o.id] = (Result(content=(v if isinstance(v, str) else json.dumps(v)).encode("utf-8"),
                                        media_type=value.get("mediaType") or o.media_type)
                                 if o.media_type else Result(value=v))
            elif value is not None:
                results[o.id] = Result(value=value)
        return results

    def download(self, url, feedback=None):
        response = self.http.get(url, feedback)
        if response.status >= 400:
            raise ServerError(error_message(response), response.status)
        return response.content

    # ----

    def _process_url(self, process_id):
        return self.url + "/processes/" + quote(process_id, safe=":")

    @staticmethod
    def _json(response):
        if response.status >= 400:
            raise ServerError(error_message(response), response.status)
        try:
            return response.json()
        except ValueError:
            raise ServerError("{} answered no JSON: {}".format(response.url, response.text()[:300]))


def _input_json(value):
    if isinstance(value, Literal):
        return value.value
    if isinstance(value, BoundingBox):
        return {"bbox": [value.minx, value.miny, value.maxx, value.maxy], "crs": value.crs}
    if isinstance(value, Complex):
        if d.base_media_type(value.media_type) in d.GEOJSON_TYPES:
            return {"value": json.loads(value.text), "mediaType": value.media_type}
        return {"value": value.text, "mediaType": value.media_type}
    raise TypeError(value)


def parse_description(doc):
    inputs = [_parameter(k, v, True) for k, v in (doc.get("inputs") or {}).items()]
    outputs = [_parameter(k, v, False) for k, v in (doc.get("outputs") or {}).items()]
    return d.ProcessDescription(doc["id"], doc.get("title") or doc["id"], doc.get("description") or "",
                                inputs, outputs)


def _parameter(ident, desc, is_input):
    p = d.Parameter(ident, desc.get("title") or ident, desc.get("description") or "")
    p.min_occurs = int(desc.get("minOccurs", 1))
    max_occurs = desc.get("maxOccurs", 1)
    p.max_occurs = 1 << 30 if max_occurs == "unbounded" else int(max_occurs)
    schema = desc.get("schema") or {}
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        # an input given as a JSON array: several values of the item schema
        p.max_occurs = max(p.max_occurs, int(schema.get("maxItems", 1 << 30)))
        schema = schema["items"]
    alternatives = schema.get("oneOf") or schema.get("anyOf") or [schema]
    media_types = [a["contentMediaType"] for a in alternatives if isinstance(a, dict) and "contentMediaType" in a]
    if media_types:
        p.formats = media_types
        p.kind = d.complex_kind(media_types, is_input)
        if p.kind == d.UNSUPPORTED:
            p.why_unsupported = "no QGIS parameter for media types " + ", ".join(media_types)
        return p
    if schema.get("format") == "ogc-bbox" or "bbox" in (schema.get("properties") or {}):
        p.kind = d.BBOX
        return p
    json_type = schema.get("type", "string")
    if json_type == "string" and schema.get("format") == "uri" and "crs" in (schema.get("description") or "").lower():
        p.kind = d.CRS
        return p
    if json_type not in ("string", "number", "integer", "boolean"):
        p.kind = d.UNSUPPORTED
        p.why_unsupported = "no QGIS parameter for JSON type " + str(json_type)
        return p
    p.kind = d.LITERAL
    p.data_type = d.literal_type(json_type)
    p.allowed = [str(v) for v in schema.get("enum", [])]
    p.minimum = schema.get("minimum", schema.get("exclusiveMinimum"))
    p.maximum = schema.get("maximum", schema.get("exclusiveMaximum"))
    p.default = d.to_literal(schema.get("default"), p.data_type)
    return p
