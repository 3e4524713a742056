"""HTTP through QGIS's network stack, so proxies, SSL settings and the authentication manager
(an authcfg id from the provider's options) apply as they do for every other QGIS request."""

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from qgis.core import QgsBlockingNetworkRequest
from qgis.PyQt.QtCore import QByteArray, QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

OWS_NS = ("http://www.opengis.net/ows/1.1", "http://www.opengis.net/ows")


class ServerError(Exception):
    """The server refused a request or a job failed; the text is the server's own message."""

    def __init__(self, message, status=None):
        super().__init__(message)
        self.message = message
        self.status = status


class Canceled(Exception):
    """The user pressed Cancel while a request was under way."""


@dataclass
class Response:
    url: str
    status: int
    headers: dict
    content: bytes

    def text(self):
        return self.content.decode("utf-8", errors="replace")

    def json(self):
        return json.loads(self.content.decode("utf-8"))


class Http:
    def __init__(self, authcfg=""):
        self.authcfg = authcfg or ""

    def get(self, url, feedback=None, accept=None):
        return self.send("GET", url, feedback=feedback, headers={"Accept": accept} if accept else None)

    def post(self, url, body, content_type, headers=None, feedback=None):
        return self.send("POST", url, body, content_type, headers, feedback)

    def delete(self, url, feedback=None):
        # a JSON content type marks the request as one no cross-site form can send
        return self.send("DELETE", url, content_type="application/json", feedback=feedback)

    def send(self, method, url, body=None, content_type=None, headers=None, feedback=None):
        request = QNetworkRequest(QUrl(url))
        if content_type:
            request.setHeader(QNetworkRequest.ContentTypeHeader, content_type)
        for name, value in (headers or {}).items():
            request.setRawHeader(name.encode("ascii"), value.encode("utf-8"))
        blocking = QgsBlockingNetworkRequest()
        if self.authcfg:
            blocking.setAuthCfg(self.authcfg)
        # forceRefresh: job status documents change from one poll to the next, never serve them from the cache
        if method == "GET":
            code = blocking.get(request, True, feedback)
        elif method == "POST":
            code = blocking.post(request, QByteArray(body), True, feedback)
        elif method == "DELETE":
            code = blocking.deleteResource(request, feedback)
        else:
            raise ValueError(method)
        if feedback is not None and feedback.isCanceled():
            raise Canceled()
        reply = blocking.reply()
        status = reply.attribute(QNetworkRequest.HttpStatusCodeAttribute)
        if code != QgsBlockingNetworkRequest.NoError and status is None:
            raise ServerError("cannot reach the server: " + blocking.errorMessage())
        headers = {bytes(k).decode("latin-1").lower(): bytes(reply.rawHeader(k)).decode("latin-1")
                   for k in reply.rawHeaderList()}
        return Response(url, int(status), headers, bytes(reply.content()))


def error_message(response):
    """The server's message in an error answer: an OGC API problem document ("detail"), a
    WPS / OWS exception report ("ExceptionText", with its locator), or the body as text."""
    text = response.text().strip()
    content_type = response.headers.get("content-type", "")
    if "json" in content_type or text.startswith("{"):
        try:
            doc = json.loads(text)
            detail = doc.get("detail") or doc.get("description") or doc.get("title")
            if detail:
                return str(detail)
        except ValueError:
            pass
    if text.startswith("<"):
        message = ows_exception_message(text)
        if message:
            return message
    return "HTTP {}: {}".format(response.status, text[:500] or "(empty answer)")


def ows_exception_message(xml_text_or_element):
    """'code (locator): text' for each ows:Exception in a document, or None when there is none."""
    try:
        root = (ET.fromstring(xml_text_or_element) if isinstance(xml_text_or_element, (str, bytes))
                else xml_text_or_element)
    except ET.ParseError:
        return None
    messages = []
    for ns in OWS_NS:
        for e in root.iter("{%s}Exception" % ns):
            texts = [t.text.strip() for t in e.iter("{%s}ExceptionText" % ns) if t.text and t.text.strip()]
            code = e.get("exceptionCode", "")
            locator = e.get("locator")
            head = code + (" ({})".format(locator) if locator else "")
            messages.append((head + ": " if head else "") + " ".join(texts))
    return "; ".join(messages) if messages else None
