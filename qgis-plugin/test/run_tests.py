"""Runs the plugin's tests under Debian's QGIS (python3-qgis), headless, against the endpoint jar.

    /usr/bin/python3 test/run_tests.py --zip target/geointerp-qgis-plugin.zip \
        --jar ../interpolation-server/target/interpolation-server.jar --work target/qgis-tests [-k name]

The plugin is imported from the built zip (unpacked into --work), so the tests check what a user
installs. Exits non-zero when a test fails or errs.
"""

import argparse
import os
import shutil
import sys
import tempfile
import unittest
import zipfile


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--zip", required=True)
    parser.add_argument("--jar", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("-k", dest="pattern", help="run only tests whose id contains this")
    args = parser.parse_args()
    for path in (args.zip, args.jar):
        if not os.path.isfile(path):
            sys.exit("missing {} (build with mvn package first)".format(path))
    work = os.path.abspath(args.work)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    plugins = os.path.join(work, "plugins")
    with zipfile.ZipFile(args.zip) as z:
        z.extractall(plugins)

    # before QGIS starts: no display, and a profile of our own instead of the user's
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    runtime = tempfile.mkdtemp(prefix="xdg-")
    os.chmod(runtime, 0o700)
    os.environ["XDG_RUNTIME_DIR"] = runtime
    os.environ["QGIS_CUSTOM_CONFIG_PATH"] = os.path.join(work, "config")
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, plugins)
    sys.path.insert(0, here)
    sys.path.append("/usr/share/qgis/python/plugins")

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()

    import support

    support.CONFIG.update(jar=os.path.abspath(args.jar), zip=os.path.abspath(args.zip), work=work, plugins=plugins)
    suite = unittest.defaultTestLoader.discover(here, pattern="test_*.py")
    if args.pattern:
        suite = unittest.TestSuite(t for t in _flatten(suite) if args.pattern in t.id())
    result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(suite)
    support.shutdown()
    # a test with failing subtests counts once
    failed = len({id(test) if not hasattr(test, "test_case") else id(test.test_case)
                  for test, _ in result.failures + result.errors})
    passed = result.testsRun - failed - len(result.skipped)
    # the closing line CI reads
    print("qgis-plugin: {} passed, {} failed, {} skipped".format(passed, failed, len(result.skipped)))
    sys.stdout.flush()
    app.exitQgis()
    os._exit(0 if result.wasSuccessful() and result.testsRun > 0 else 1)


def _flatten(suite):
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            yield from _flatten(item)
        else:
            yield item


if __name__ == "__main__":
    main()
