"""What the plugin's tests share: the endpoint they start, requests sent to it directly (not
through the plugin), point layers, and rasters read back with GDAL."""

import json
import math
import os
import re
import subprocess
import threading
import time
import urllib.error
import urllib.request

import numpy
from osgeo import gdal

from qgis.core import (QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingFeedback, QgsVectorLayer)

gdal.UseExceptions()

# set by run_tests.py
CONFIG = {"jar": None, "zip": None, "work": None, "plugins": None}

LISTENING = re.compile(r"OGC API - Processes listening on (\S+)")


class Endpoint:
    """The standalone endpoint jar, started by the tests on a free port."""

    def __init__(self, jar, *args):
        self.process = subprocess.Popen(["java", "-jar", jar, "--port", "0"] + list(args),
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines = []
        deadline = time.monotonic() + 90
        self.ogcapi = None
        for line in self.process.stdout:
            self.lines.append(line)
            match = LISTENING.search(line)
            if match:
                self.ogcapi = match.group(1).rstrip("/")
                break
            if time.monotonic() > deadline:
                break
        if self.ogcapi is None:
            self.process.kill()
            raise RuntimeError("endpoint did not start: " + "".join(self.lines))
        self.root = self.ogcapi.rsplit("/ogcapi", 1)[0]
        self.wps = self.root + "/wps"
        self.host = self.root.split("://", 1)[1]
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self):
        try:
            for line in self.process.stdout:
                self.lines.append(line)
        except (ValueError, OSError):
            pass  # closed by close()

    def close(self):
        self.process.terminate()
        self.process.wait(20)
        self.process.stdout.close()

    # ---- direct requests, as any well-behaved client sends them

    def request(self, method, url, body=None, headers=None):
        h = {"Host": self.host, "Accept": "application/json"}
        if body is not None or method in ("POST", "DELETE"):
            h["Content-Type"] = "application/json"
        h.update(headers or {})
        data = json.dumps(body).encode("utf-8") if isinstance(body, dict) else body
        request = urllib.request.Request(url, data=data, headers=h, method=method)
        try:
            with urllib.request.urlopen(request, timeout=120) as r:
                return r.status, dict(r.headers), r.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()

    def get_json(self, url):
        status, _, body = self.request("GET", url)
        assert status == 200, (url, status, body[:300])
        return json.loads(body)

    def process_ids(self):
        return sorted(p["id"] for p in self.get_json(self.ogcapi + "/processes")["processes"])

    def execute(self, process_id, inputs, media_type="image/tiff"):
        """A synchronous OGC API execution: (HTTP status, body bytes)."""
        body = {"inputs": inputs, "outputs": {"result": {"format": {"mediaType": media_type}}}}
        status, _, content = self.request("POST", "{}/processes/{}/execution".format(self.ogcapi, process_id), body)
        return status, content

    def job(self, job_id):
        return self.get_json("{}/jobs/{}".format(self.ogcapi, job_id))


def franke(x, y):
    """Franke's test function (Franke 1979) on the unit square."""
    return (0.75 * math.exp(-((9 * x - 2) ** 2 + (9 * y - 2) ** 2) / 4)
            + 0.75 * math.exp(-((9 * x + 1) ** 2) / 49 - (9 * y + 1) / 10)
            + 0.5 * math.exp(-((9 * x - 7) ** 2 + (9 * y - 3) ** 2) / 4)
            - 0.2 * math.exp(-(9 * x - 4) ** 2 - (9 * y - 7) ** 2))


def unit_points(n, seed=7):
    """n points in the unit square from a fixed linear congruential sequence, and their values."""
    state = seed
    out = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2 ** 31
        x = state / 2 ** 31
        state = (state * 1103515245 + 12345) % 2 ** 31
        y = state / 2 ** 31
        out.append((x, y, franke(x, y)))
    return out


# a 10 km x 8 km box in UTM 33N (EPSG:32633) and the same place in longitude / latitude
UTM_BOX = (500000.0, 4000000.0, 510000.0, 4008000.0)


def utm_points(n, seed=7):
    x0, y0, x1, y1 = UTM_BOX
    return [(x0 + u * (x1 - x0), y0 + v * (y1 - y0), z) for u, v, z in unit_points(n, seed)]


def point_layer(points, crs, name="points", extra_text_field=True):
    uri = "Point?crs={}&field=value:double&field=label:string".format(crs)
    layer = QgsVectorLayer(uri, name, "memory")
    features = []
    for i, (x, y, z) in enumerate(points):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        f["value"] = z
        f["label"] = "p{}".format(i)
        features.append(f)
    assert layer.dataProvider().addFeatures(features)
    return layer


def line_layer(lines, crs, name="barriers"):
    layer = QgsVectorLayer("LineString?crs={}".format(crs), name, "memory")
    features = []
    for coords in lines:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in coords]))
        features.append(f)
    assert layer.dataProvider().addFeatures(features)
    return layer


def geojson_points(points, crs):
    """The request's GeoJSON, written here from the numbers, not by the plugin."""
    return {"type": "FeatureCollection",
            "crs": {"type": "name", "properties": {"name": crs}},
            "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [x, y]},
                          "properties": {"value": z}} for x, y, z in points]}


def geojson_lines(lines, crs):
    return {"type": "FeatureCollection",
            "crs": {"type": "name", "properties": {"name": crs}},
            "features": [{"type": "Feature", "geometry": {"type": "LineString", "coordinates": [list(c) for c in l]},
                          "properties": {}} for l in lines]}


def bbox(box, crs):
    return {"bbox": list(box), "crs": crs}


def extent_string(box, crs):
    x0, y0, x1, y1 = box
    return "{!r},{!r},{!r},{!r} [{}]".format(x0, x1, y0, y1, crs)


class Grid:
    """A raster file read back: values, geotransform, CRS (as WKT) and nodata of band 1..n."""

    def __init__(self, path_or_bytes):
        if isinstance(path_or_bytes, (bytes, bytearray)):
            path = "/vsimem/grid_{}.tif".format(id(path_or_bytes))
            gdal.FileFromMemBuffer(path, bytes(path_or_bytes))
        else:
            path = path_or_bytes
        ds = gdal.Open(path)
        self.size = (ds.RasterXSize, ds.RasterYSize)
        self.geotransform = ds.GetGeoTransform()
        self.crs = ds.GetProjection()
        self.bands = [ds.GetRasterBand(i + 1).ReadAsArray().astype(numpy.float64) for i in range(ds.RasterCount)]
        self.nodata = [ds.GetRasterBand(i + 1).GetNoDataValue() for i in range(ds.RasterCount)]
        ds = None
        if path.startswith("/vsimem/"):
            gdal.Unlink(path)

    def differences(self, other):
        """Cells that differ (NaN equal to NaN), summed over the bands; -1 when shapes differ."""
        if self.size != other.size or len(self.bands) != len(other.bands):
            return -1
        return int(sum(numpy.count_nonzero(~((a == b) | (numpy.isnan(a) & numpy.isnan(b))))
                       for a, b in zip(self.bands, other.bands)))


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps what an algorithm reports, as the Processing dialog's log would show it."""

    def __init__(self):
        super().__init__()
        self.infos, self.errors, self.progress = [], [], []
        self.progressChanged.connect(self.progress.append)

    def pushInfo(self, info):  # noqa: N802
        self.infos.append(info)
        super().pushInfo(info)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.errors.append(error)
        super().reportError(error, fatalError)

    def job_id(self):
        for line in self.infos:
            match = re.match(r"Job (\S+) accepted", line)
            if match:
                return match.group(1)
        return None


def configure(settings, **values):
    """Writes the provider's options as Settings > Options > Processing stores them."""
    names = {"server_url": "GEOINTERP_SERVER_URL", "protocol": "GEOINTERP_PROTOCOL", "jar": "GEOINTERP_LOCAL_JAR",
             "java": "GEOINTERP_LOCAL_JAVA", "prefixes": "GEOINTERP_PROCESS_PREFIXES",
             "authcfg": "GEOINTERP_AUTHCFG"}
    for key, value in values.items():
        settings.setValue("Processing/Configuration/" + names[key], value)


def work_dir(*parts):
    path = os.path.join(CONFIG["work"], *parts)
    os.makedirs(path, exist_ok=True)
    return path


_ENDPOINT = []


def endpoint():
    """The endpoint all tests share, with one worker: a job that went on after Cancel would hold
    it, and the next job would wait."""
    if not _ENDPOINT:
        _ENDPOINT.append(Endpoint(CONFIG["jar"], "--workers", "1"))
    return _ENDPOINT[0]


def shutdown():
    while _ENDPOINT:
        _ENDPOINT.pop().close()


class Provider:
    """The plugin's provider registered in the running QGIS with the given options, removed after."""

    def __init__(self, **settings):
        from qgis.core import QgsSettings

        configure(QgsSettings(), **dict({"server_url": "", "protocol": 0, "jar": "", "java": "",
                                         "prefixes": "interpolation:", "authcfg": ""}, **settings))

    def __enter__(self):
        from qgis.core import QgsApplication
        from geointerp.provider import InterpolationProvider

        self.provider = InterpolationProvider()
        assert QgsApplication.processingRegistry().addProvider(self.provider)
        return self.provider

    def __exit__(self, *exc):
        from qgis.core import QgsApplication

        QgsApplication.processingRegistry().removeProvider(self.provider)
        return False
