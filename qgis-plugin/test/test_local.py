"""Local mode: without a server URL the provider starts the endpoint jar on 127.0.0.1, and stops
it when the provider is unloaded or the program ends."""

import os
import shutil
import socket
import subprocess
import time
import unittest
from urllib.parse import urlsplit

import processing

import support


def answers(url):
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname, parts.port), timeout=2):
            return True
    except OSError:
        return False


def java_processes_running(jar):
    """Pids of processes whose command line names this jar (read from /proc, nothing is signalled)."""
    pids = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open("/proc/{}/cmdline".format(pid), "rb") as f:
                if jar.encode() in f.read():
                    pids.append(int(pid))
        except OSError:
            pass
    return pids


class LocalModeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        # a copy of the jar under a path of this test's own, so its processes can be told apart
        folder = support.work_dir("local")
        cls.jar = os.path.join(folder, "interpolation-server.jar")
        shutil.copyfile(support.CONFIG["jar"], cls.jar)
        cls.points = support.utm_points(30, seed=3)
        cls.layer = support.point_layer(cls.points, "EPSG:32633", "local")
        cls.folder = folder

    def parameters(self, name):
        return {"data": self.layer, "valueAttr": "value",
                "outputBBOX": support.extent_string(support.UTM_BOX, "EPSG:32633"),
                "outputWidth": 16, "outputHeight": 12, "result": os.path.join(self.folder, name + ".tif")}

    def test_starts_the_jar_and_stops_it(self):
        from qgis.core import QgsApplication

        cache = os.path.join(QgsApplication.qgisSettingsDirPath(), "geointerp", "descriptions.json")
        if os.path.exists(cache):
            os.remove(cache)
        endpoint = support.endpoint()
        direct = endpoint.execute("interpolation:Shepard", {
            "data": support.geojson_points(self.points, "EPSG:32633"), "valueAttr": "value",
            "outputBBOX": support.bbox(support.UTM_BOX, "EPSG:32633"), "outputWidth": 16, "outputHeight": 12})
        self.assertEqual(direct[0], 200)

        # first load: no descriptions known yet, so the jar starts to give them
        with support.Provider(jar=self.jar) as provider:
            server = provider.local_server
            self.assertTrue(server.running)
            url = server.url
            self.assertTrue(url.startswith("http://127.0.0.1:"), url)
            self.assertTrue(answers(url))
            self.assertEqual(java_processes_running(self.jar), [server.pid()])
            self.assertEqual(sorted(provider.descriptions), endpoint.process_ids())
            grid = support.Grid(processing.run("geointerp:shepard", self.parameters("first"))["result"])
            self.assertEqual(grid.differences(support.Grid(direct[1])), 0)
        self.assertFalse(server.running)
        self.assertFalse(answers(url), "the jar still listens after the provider was unloaded")
        self.assertEqual(java_processes_running(self.jar), [])

        # next load: the jar's descriptions are remembered; it starts on first use only
        with support.Provider(jar=self.jar) as provider:
            server = provider.local_server
            self.assertEqual(len(provider.algorithms()), len(endpoint.process_ids()))
            self.assertFalse(server.running, "started before it was needed")
            started = time.monotonic()
            grid = support.Grid(processing.run("geointerp:shepard", self.parameters("second"))["result"])
            print("\n  local mode: jar started and first job done in {:.1f} s".format(time.monotonic() - started))
            self.assertTrue(server.running)
            self.assertEqual(grid.differences(support.Grid(direct[1])), 0)
            url = server.url
        self.assertFalse(answers(url))
        self.assertEqual(java_processes_running(self.jar), [])

    def test_a_missing_jar_is_a_message(self):
        from qgis.core import QgsProcessingException

        with support.Provider(jar=self.jar) as provider:
            provider.stop_local_server()
            provider.local_server.jar = os.path.join(self.folder, "nowhere.jar")
            with self.assertRaises(QgsProcessingException) as raised:
                processing.run("geointerp:shepard", self.parameters("missing"))
            self.assertIn("endpoint jar", str(raised.exception))

    def test_qgis_process_lists_and_runs_then_the_jar_is_gone(self):
        profile = support.work_dir("qgis_process")
        install_plugin(profile, {"GEOINTERP_LOCAL_JAR": self.jar})
        env = qgis_env(profile)
        listing = subprocess.run([qgis_process(), "list"], env=env, capture_output=True, text=True, timeout=300)
        self.assertEqual(listing.returncode, 0, listing.stderr)
        lines = listing.stdout.splitlines()
        self.assertIn("Interpolation", lines)
        listed = sorted(l.split("\t")[1] for l in lines if l.startswith("\tgeointerp:"))
        from geointerp.algorithm import algorithm_name

        self.assertEqual(listed, sorted("geointerp:" + algorithm_name(i) for i in support.endpoint().process_ids()))
        layer = os.path.join(self.folder, "points.geojson")
        write_geojson(layer, self.points)
        output = os.path.join(self.folder, "qgis_process.tif")
        run = subprocess.run([qgis_process(), "run", "geointerp:shepard", "--", "data=" + layer, "valueAttr=value",
                              "outputBBOX=" + support.extent_string(support.UTM_BOX, "EPSG:32633"),
                              "outputWidth=16", "outputHeight=12", "result=" + output],
                             env=env, capture_output=True, text=True, timeout=300)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertTrue(os.path.isfile(output))
        self.assertEqual(java_processes_running(self.jar), [], "qgis_process left the jar running")


def write_geojson(path, points):
    import json

    with open(path, "w") as f:
        json.dump(support.geojson_points(points, "EPSG:32633"), f)


def qgis_process():
    # Debian's /usr/bin/qgis_process wrapper passes --noversioncheck, which qgis_process refuses
    return shutil.which("qgis_process.bin") or shutil.which("qgis_process")


def qgis_env(config_path):
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=config_path, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    return env


def install_plugin(config_path, processing_settings, profile="default"):
    """Unzips the plugin zip into a profile's plugin folder and enables it, as Install from ZIP does."""
    import zipfile

    folder = os.path.join(config_path, "profiles", profile)
    plugins = os.path.join(folder, "python", "plugins")
    os.makedirs(plugins, exist_ok=True)
    with zipfile.ZipFile(support.CONFIG["zip"]) as z:
        z.extractall(plugins)
    os.makedirs(os.path.join(folder, "QGIS"), exist_ok=True)
    with open(os.path.join(folder, "QGIS", "QGIS3.ini"), "w") as f:
        f.write("[PythonPlugins]\ngeointerp=true\n\n[Processing]\n")
        for key, value in processing_settings.items():
            f.write("Configuration\\{}={}\n".format(key, value))
    return plugins


if __name__ == "__main__":
    unittest.main()
