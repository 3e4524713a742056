"""Where the processes run: a configured server (OGC API - Processes or WPS 1.0.0), or in local
mode the endpoint jar, started on first use. Also remembers the last descriptions each server
gave, so the toolbox lists its algorithms without starting the jar or when a server is down."""

import hashlib
import json
import os
from dataclasses import dataclass
from urllib.parse import urlsplit

from .http import Http, ServerError
from .local_server import LocalServer
from .ogcapi import OgcApiClient
from .wps import WpsClient

AUTOMATIC, OGCAPI, WPS = "Automatic", "OGC API - Processes", "WPS 1.0.0"
PROTOCOLS = [AUTOMATIC, OGCAPI, WPS]


@dataclass(frozen=True)
class Settings:
    server_url: str = ""
    protocol: str = AUTOMATIC
    authcfg: str = ""
    prefixes: str = "interpolation:"
    jar: str = ""
    java: str = ""

    @property
    def local(self):
        return not self.server_url.strip()

    def accepts(self, process_id):
        wanted = [p.strip() for p in self.prefixes.split(",") if p.strip()]
        return not wanted or any(process_id.startswith(p) for p in wanted)


class Connection:
    def __init__(self, settings, local_server=None):
        self.settings = settings
        self.local_server = local_server
        self._protocol = None

    def label(self):
        if self.settings.local:
            return "the local endpoint ({})".format(os.path.basename(self.settings.jar) or "no jar set")
        return self.settings.server_url

    def client(self, feedback=None):
        """A client for the server, starting the local endpoint if it is not running."""
        http = Http(self.settings.authcfg)
        if self.settings.local:
            return OgcApiClient(self.local_server.start(), Http())
        url = self.settings.server_url.strip()
        if self._protocol is None:
            self._protocol = self._detect(url, http, feedback)
        return OgcApiClient(url, http) if self._protocol == OGCAPI else WpsClient(url, http)

    def _detect(self, url, http, feedback):
        if self.settings.protocol in (OGCAPI, WPS):
            return self.settings.protocol
        path = urlsplit(url).path.rstrip("/").lower()
        if path.endswith(("/wps", "/ows")):
            return WPS
        if path.endswith(("/ogcapi", "/processes")) or "/ogc/" in path:
            return OGCAPI
        try:
            response = http.get(url.rstrip("/") + "/processes", feedback, accept="application/json")
            if response.status == 200 and b'"processes"' in response.content:
                return OGCAPI
        except ServerError:
            pass
        return WPS

    def cache_key(self):
        if self.settings.local:
            jar = self.settings.jar
            try:
                stat = os.stat(jar)
                return "local:{}:{}:{}".format(os.path.abspath(jar), stat.st_size, int(stat.st_mtime))
            except OSError:
                return None
        return "remote:{}:{}".format(self.settings.server_url.strip(), self.settings.protocol)


class DescriptionCache:
    """The process description documents last read from each server, in one JSON file."""

    def __init__(self, path):
        self.path = path

    def load(self, key):
        entry = self._read().get(_hash(key)) if key else None
        return entry if entry and entry.get("key") == key else None

    def save(self, key, protocol, documents):
        if not key:
            return
        data = self._read()
        data[_hash(key)] = {"key": key, "protocol": protocol, "documents": documents}
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        temporary = self.path + ".tmp"
        with open(temporary, "w", encoding="utf-8") as f:
            json.dump(data, f)
        os.replace(temporary, self.path)

    def _read(self):
        try:
            with open(self.path, encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            return {}


def _hash(key):
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def fetch_documents(client, settings, feedback=None):
    """{process id: description document} for every process the settings accept."""
    return {pid: client.description_document(pid, feedback)
            for pid in client.process_ids(feedback) if settings.accepts(pid)}


def make_local_server(settings):
    return LocalServer(settings.jar, settings.java)


def parser_for(protocol):
    return WpsClient.parse if protocol == WpsClient.protocol else OgcApiClient.parse
