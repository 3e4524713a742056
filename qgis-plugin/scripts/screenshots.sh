#!/usr/bin/env bash
# Screenshots for docs/qgis.md, taken in QGIS desktop on a virtual display (Debian: qgis, xvfb):
# the Shepard dialog of the Interpolation provider, and the map with its result. Needs the plugin
# zip and the endpoint jar (mvn -q -ntp package -DskipTests); QGIS runs the jar in local mode.
#   qgis-plugin/scripts/screenshots.sh            writes docs/images/qgis-dialog.png, qgis-result.png
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
zip="$root/qgis-plugin/target/geointerp-qgis-plugin.zip"
jar="$root/interpolation-server/target/interpolation-server.jar"
[ -f "$zip" ] && [ -f "$jar" ] || { echo "build first: mvn -q -ntp package -DskipTests" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
profile="$work/profiles/default"
mkdir -p "$profile/python/plugins" "$profile/QGIS" "$work/shots"
(cd "$profile/python/plugins" && python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall()' "$zip")
cat > "$profile/QGIS/QGIS3.ini" <<INI
[PythonPlugins]
geointerp=true

[Processing]
Configuration\\GEOINTERP_LOCAL_JAR=$jar

[qgis]
checkVersion=false
showTips=false
INI

export GEOINTERP_SHOTS="$work/shots" GEOINTERP_SAMPLE_DATA="$root/sample-data"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
timeout 300 xvfb-run -a -s "-screen 0 1280x900x24" \
  qgis --noversioncheck --nologo --profiles-path "$work" --code "$root/qgis-plugin/scripts/screenshots.py" \
  > "$work/qgis.log" 2>&1 || true
if [ -f "$work/shots/error.txt" ] || [ ! -f "$work/shots/qgis-result.png" ]; then
  cat "$work/shots/error.txt" "$work/qgis.log" 2>/dev/null | tail -40 >&2
  exit 1
fi
cp "$work/shots/qgis-dialog.png" "$work/shots/qgis-result.png" "$root/docs/images/"
echo "wrote docs/images/qgis-dialog.png and docs/images/qgis-result.png"
