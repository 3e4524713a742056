"""The zip installs into a clean QGIS profile (unzipped into its plugin folder and enabled, as
Install from ZIP does) and loads in QGIS desktop without errors in the log."""

import json
import os
import shutil
import subprocess
import unittest
import zipfile

import support
from test_local import install_plugin

# PYQGIS_STARTUP: runs when QGIS starts Python, before plugins load: every message of the log goes to a file too
STARTUP = """
import json, os
from qgis.core import QgsApplication
_log = open(os.environ["GEOINTERP_TEST_LOG"], "a")
def _record(message, tag, level):
    _log.write(json.dumps({"tag": tag, "level": int(level), "message": message}) + "\\n")
    _log.flush()
QgsApplication.messageLog().messageReceived.connect(_record)
"""

# runs once QGIS is up: what the user would see, then quit
PROBE = """
import json, os, qgis.utils
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
provider = QgsApplication.processingRegistry().providerById("geointerp")
with open(os.environ["GEOINTERP_TEST_PROBE"], "w") as f:
    json.dump({"active": list(qgis.utils.active_plugins),
               "algorithms": sorted(a.id() for a in provider.algorithms()) if provider else None,
               "provider": provider.name() if provider else None}, f)
QTimer.singleShot(0, QgsApplication.instance().quit)
"""


# QGIS's own GRASS and SAGA providers, enabled in every profile, on a machine without GRASS or SAGA
NOT_OURS = {"Problem with GRASS installation: GRASS was not found or is not correctly installed",
            "Problem with SAGA installation: SAGA was not found or is not correctly installed"}


class InstallTest(unittest.TestCase):
    def test_zip_layout(self):
        with zipfile.ZipFile(support.CONFIG["zip"]) as z:
            names = z.namelist()
            metadata = z.read("geointerp/metadata.txt").decode("utf-8")
        self.assertEqual({n.split("/")[0] for n in names}, {"geointerp"})
        self.assertFalse([n for n in names if "__pycache__" in n or n.endswith(".pyc")])
        fields = dict(line.split("=", 1) for line in metadata.splitlines() if "=" in line)
        self.assertEqual(fields["qgisMinimumVersion"], "3.22")
        self.assertEqual(fields["hasProcessingProvider"], "yes")
        for key in ("name", "description", "about", "version", "author", "icon"):
            self.assertTrue(fields.get(key), key)
        self.assertIn("geointerp/" + fields["icon"], names)

    # skipped only outside CI (a developer's machine without QGIS desktop); under CI (.ci/run installs both) it runs
    @unittest.skipUnless(
        os.environ.get("CI") == "true" or (shutil.which("xvfb-run") and shutil.which("qgis")),
        "needs Debian's qgis and xvfb")
    def test_installs_into_a_clean_profile_and_loads_without_errors(self):
        endpoint = support.endpoint()
        config = support.work_dir("clean-profile")
        shutil.rmtree(config)
        install_plugin(config, {"GEOINTERP_SERVER_URL": endpoint.ogcapi})
        startup = os.path.join(config, "startup.py")
        with open(startup, "w") as f:
            f.write(STARTUP)
        probe_script = os.path.join(config, "probe.py")
        with open(probe_script, "w") as f:
            f.write(PROBE)
        log, probe = os.path.join(config, "log.jsonl"), os.path.join(config, "probe.json")
        env = dict(os.environ, GEOINTERP_TEST_LOG=log, GEOINTERP_TEST_PROBE=probe,
                   PYQGIS_STARTUP=startup)
        env.pop("QT_QPA_PLATFORM", None)
        env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
        run = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x900x24", "qgis", "--noversioncheck",
                              "--nologo", "--profiles-path", config, "--code", probe_script],
                             env=env, capture_output=True, text=True, timeout=300)
        self.assertTrue(os.path.isfile(probe), run.stdout + run.stderr)
        with open(probe) as f:
            seen = json.load(f)
        self.assertIn("geointerp", seen["active"])
        self.assertEqual(seen["provider"], "Interpolation")
        from geointerp.algorithm import algorithm_name

        self.assertEqual(seen["algorithms"], sorted("geointerp:" + algorithm_name(i) for i in endpoint.process_ids()))
        with open(log) as f:
            messages = [json.loads(line) for line in f]
        # Qgis.MessageLevel: 0 info, 1 warning, 2 critical, 3 success
        ours = [m for m in messages if m["tag"] == "Interpolation" or "geointerp" in m["message"]]
        errors = [m for m in messages if (m["level"] == 2 or m["tag"] == "Python error")
                  and m["message"] not in NOT_OURS]
        errors += [m for m in ours if m["level"] in (1, 2) and m not in errors]
        self.assertEqual(errors, [], "errors in the log")
        self.assertNotIn("Traceback", run.stderr)
        self.assertNotIn("geointerp", run.stderr)


if __name__ == "__main__":
    unittest.main()
