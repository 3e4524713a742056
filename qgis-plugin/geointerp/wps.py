"""WPS 1.0.0 client, as GeoServer speaks it: GetCapabilities, DescribeProcess, Execute with
storeExecuteResponse and status (asynchronous), the status document at statusLocation, and
GeoServer's vendor Dismiss operation for Cancel."""

import base64
import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, urlencode, urlsplit

from . import description as d
from .http import ServerError, error_message, ows_exception_message
from .jobs import (ACCEPTED, FAILED, RUNNING, SUCCESSFUL, BoundingBox, Complex, Job, JobStatus,
                   Literal, Result)

WPS = "http://www.opengis.net/wps/1.0.0"
OWS = "http://www.opengis.net/ows/1.1"
XLINK = "http://www.w3.org/1999/xlink"
XML = "text/xml"


def _w(tag):
    return "{%s}%s" % (WPS, tag)


def _o(tag):
    return "{%s}%s" % (OWS, tag)


class WpsClient:
    protocol = "WPS 1.0.0"

    def __init__(self, url, http):
        self.url = url
        self.http = http

    # ---- descriptions

    def process_ids(self, feedback=None):
        root = self._xml(self.http.get(self._kvp(request="GetCapabilities"), feedback))
        return [e.findtext(_o("Identifier")).strip() for e in root.iter(_w("Process"))]

    def description_document(self, process_id, feedback=None):
        response = self.http.get(self._kvp(request="DescribeProcess", version="1.0.0", identifier=process_id),
                                 feedback)
        self._xml(response)  # raises the server's exception report
        return response.text()

    @staticmethod
    def parse(doc):
        root = ET.fromstring(doc.encode("utf-8"))
        element = root if root.tag.endswith("ProcessDescription") else root.find("ProcessDescription")
        if element is None:
            element = root.find(_w("ProcessDescription"))
        return parse_description(element)

    # ---- execution

    def submit(self, process_id, inputs, outputs, feedback=None):
        response = self.http.post(self.url, execute_request(process_id, inputs, outputs), XML,
                                  {"Accept": XML}, feedback)
        root = self._xml(response)
        status_url = root.get("statusLocation")
        if not status_url:
            raise ServerError("the server did not store the response (no statusLocation): "
                              + response.text()[:300])
        return Job(execution_id(status_url), status_url)

    def status(self, job, feedback=None):
        root = self._xml(self.http.get(job.status_url, feedback))
        status = root.find(_w("Status"))
        if status is None:
            raise ServerError("status document without wps:Status at " + job.status_url)
        if status.find(_w("ProcessSucceeded")) is not None:
            return JobStatus(SUCCESSFUL, 100, status.findtext(_w("ProcessSucceeded")) or "", root)
        failed = status.find(_w("ProcessFailed"))
        if failed is not None:
            return JobStatus(FAILED, None, ows_exception_message(failed) or "process failed", root)
        for tag in ("ProcessStarted", "ProcessPaused"):
            started = status.find(_w(tag))
            if started is not None:
                percent = started.get("percentCompleted")
                return JobStatus(RUNNING, float(percent) if percent else None, started.text or "", root)
        return JobStatus(ACCEPTED, 0, status.findtext(_w("ProcessAccepted")) or "", root)

    def dismiss(self, job, feedback=None):
        response = self.http.get(self._kvp(request="Dismiss", version="1.0.0", executionId=job.id), feedback)
        if response.status >= 400:
            raise ServerError(error_message(response), response.status)

    def results(self, job, status, outputs, feedback=None):
        results = {}
        for out in status.document.iter(_w("Output")):
            ident = out.findtext(_o("Identifier")).strip()
            ref = out.find(_w("Reference"))
            if ref is not None:
                results[ident] = Result(href=ref.get("href") or ref.get("{%s}href" % XLINK),
                                        media_type=ref.get("mimeType"))
                continue
            literal = out.find("%s/%s" % (_w("Data"), _w("LiteralData")))
            if literal is not None:
                results[ident] = Result(value=literal.text)
                continue
            embedded = out.find("%s/%s" % (_w("Data"), _w("ComplexData")))
            if embedded is not None:
                text = embedded.text or ""
                content = (base64.b64decode(text) if embedded.get("encoding") == "base64"
                           else text.encode("utf-8"))
                results[ident] = Result(content=content, media_type=embedded.get("mimeType"))
        return results

    def download(self, url, feedback=None):
        response = self.http.get(url, feedback)
        if response.status >= 400:
            raise ServerError(error_message(response), response.status)
        if response.content.lstrip().startswith(b"<") and b"ExceptionReport" in response.content[:400]:
            raise ServerError(ows_exception_message(response.text()) or response.text()[:300])
        return response.content

    # ----

    def _kvp(self, **params):
        params = dict({"service": "WPS"}, **params)
        if "version" not in params:
            params["AcceptVersions"] = "1.0.0"
        sep = "&" if "?" in self.url else "?"
        return self.url + sep + urlencode(params)

    @staticmethod
    def _xml(response):
        try:
            root = ET.fromstring(response.content)
        except ET.ParseError:
            raise ServerError(error_message(response) if response.status >= 400
                              else "{} answered no XML: {}".format(response.url, response.text()[:300]))
        if root.tag.endswith("ExceptionReport") or response.status >= 400:
            raise ServerError(ows_exception_message(root) or error_message(response), response.status)
        return root


def execution_id(status_url):
    """GeoServer's statusLocation carries executionId=...; the project's server ends in /status/{id}."""
    query = parse_qs(urlsplit(status_url).query)
    for key, values in query.items():
        if key.lower() == "executionid":
            return values[0]
    return urlsplit(status_url).path.rstrip("/").rsplit("/", 1)[-1]


def execute_request(process_id, inputs, outputs):
    ET.register_namespace("wps", WPS)
    ET.register_namespace("ows", OWS)
    ET.register_namespace("xlink", XLINK)
    root = ET.Element(_w("Execute"), {"service": "WPS", "version": "1.0.0"})
    ET.SubElement(root, _o("Identifier")).text = process_id
    data_inputs = ET.SubElement(root, _w("DataInputs"))
    for ident, value in inputs.items():
        values = value.value if isinstance(value, Literal) and isinstance(value.value, list) else [value]
        for v in values:
            element = ET.SubElement(data_inputs, _w("Input"))
            ET.SubElement(element, _o("Identifier")).text = ident
            data = ET.SubElement(element, _w("Data"))
            if isinstance(v, BoundingBox):
                box = ET.SubElement(data, _w("BoundingBoxData"), {"crs": v.crs, "dimensions": "2"})
                ET.SubElement(box, _o("LowerCorner")).text = "{!r} {!r}".format(v.minx, v.miny)
                ET.SubElement(box, _o("UpperCorner")).text = "{!r} {!r}".format(v.maxx, v.maxy)
            elif isinstance(v, Complex):
                ET.SubElement(data, _w("ComplexData"), {"mimeType": v.media_type}).text = v.text
            else:
                ET.SubElement(data, _w("LiteralData")).text = _literal_text(v.value if isinstance(v, Literal) else v)
    form = ET.SubElement(root, _w("ResponseForm"))
    document = ET.SubElement(form, _w("ResponseDocument"), {"storeExecuteResponse": "true", "status": "true"})
    for o in outputs:
        attributes = {"asReference": "true", "mimeType": o.media_type} if o.media_type else {}
        ET.SubElement(ET.SubElement(document, _w("Output"), attributes), _o("Identifier")).text = o.id
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _literal_text(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def parse_description(element):
    def text(e, tag):
        return (e.findtext(tag) or "").strip()

    inputs = [_input(e) for e in element.iter("Input")]
    outputs = [_output(e) for e in element.iter("Output")]
    ident = text(element, _o("Identifier"))
    return d.ProcessDescription(ident, text(element, _o("Title")) or ident, text(element, _o("Abstract")),
                                inputs, outputs)


def _header(e):
    ident = (e.findtext(_o("Identifier")) or "").strip()
    return d.Parameter(ident, (e.findtext(_o("Title")) or ident).strip(), (e.findtext(_o("Abstract")) or "").strip())


def _input(e):
    p = _header(e)
    p.min_occurs = int(e.get("minOccurs", "1"))
    p.max_occurs = int(e.get("maxOccurs", "1"))
    literal = e.find("LiteralData")
    if literal is not None:
        _literal(p, literal)
    elif e.find("BoundingBoxData") is not None:
        p.kind = d.BBOX
    else:
        _complex(p, e.find("ComplexData"), True)
    return p


def _output(e):
    p = _header(e)
    literal = e.find("LiteralOutput")
    if literal is not None:
        p.kind = d.LITERAL
        p.data_type = d.literal_type(_data_type(literal))
    elif e.find("BoundingBoxOutput") is not None:
        p.kind = d.UNSUPPORTED
        p.why_unsupported = "bounding box outputs are not supported"
    else:
        _complex(p, e.find("ComplexOutput"), False)
    return p


def _data_type(literal):
    dt = literal.find(_o("DataType"))
    if dt is None:
        return "string"
    return dt.get("{%s}reference" % OWS) or dt.text or "string"


def _literal(p, literal):
    p.kind = d.LITERAL
    p.data_type = d.literal_type(_data_type(literal))
    allowed = literal.find(_o("AllowedValues"))
    if allowed is not None:
        p.allowed = [v.text.strip() for v in allowed.findall(_o("Value")) if v.text]
        for r in allowed.findall(_o("Range")):
            p.minimum = d.to_number(r.findtext(_o("MinimumValue")), d.DOUBLE)
            p.maximum = d.to_number(r.findtext(_o("MaximumValue")), d.DOUBLE)
    default = literal.findtext("DefaultValue")
    if default is not None and default.strip() != "":
        p.default = d.to_literal(default.strip(), p.data_type)


def _complex(p, element, is_input):
    formats = []
    if element is not None:
        for path in ("Default/Format/MimeType", "Supported/Format/MimeType"):
            for m in element.findall(path):
                if m.text and m.text.strip() not in formats:
                    formats.append(m.text.strip())
    p.formats = formats
    p.kind = d.complex_kind(formats, is_input)
    if p.kind == d.UNSUPPORTED:
        p.why_unsupported = "no QGIS parameter for media types " + ", ".join(formats)
