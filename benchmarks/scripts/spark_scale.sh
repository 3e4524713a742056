#!/usr/bin/env bash
# The Spark module's scale benchmark (docs/spark.md, "Scale"): N uniform points to a W x W grid on local[2] and
# local[1], GeoTIFF tiles and a VRT written to a scratch directory, wall time (and each planning pass's), cells per
# second and peak heap; and the single-machine engine's rate on a window of the same data with the same points per
# cell, for the ratio: fit and grid only, and with its grid written as a compressed tiled GeoTIFF as Spark writes
# each tile (Spark's rate includes writing its tiles).
#
# The machine may be shared: run it under `flock /tmp/geointerp-bench.lock` so that benchmarks do not overlap.
#
#   benchmarks/scripts/spark_scale.sh [points] [width] [method] [tile] [heap]
#   defaults: 10000000 20000 Shepard 1024 16g
#
# Needs the module built: mvn -q -ntp -pl gt-interpolation-spark -am package -DskipTests (the script does it).
set -euo pipefail
cd "$(dirname "$0")/../.."

POINTS=${1:-10000000}
WIDTH=${2:-20000}
METHOD=${3:-Shepard}
TILE=${4:-1024}
HEAP=${5:-16g}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

mvn -q -ntp -pl gt-interpolation-spark -am package -DskipTests
mvn -q -ntp -pl gt-interpolation-spark test-compile
CP=$(mvn -q -ntp -pl gt-interpolation-spark dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile=/dev/stdout)
CP="gt-interpolation-spark/target/test-classes:gt-interpolation-spark/target/classes:gt-interpolation/target/classes:$CP"
OPENS=$(sed -n 's:.*<spark.add.opens>\(.*\)</spark.add.opens>.*:\1:p' gt-interpolation-spark/pom.xml)

run() {
  # shellcheck disable=SC2086
  /usr/bin/time -f "  process: %e s wall, %M KB max resident" \
    java -Xmx"$HEAP" $OPENS -cp "$CP" org.geointerp.spark.ScaleRun "$@" 2>&1 \
    | grep -E "^spark|^engine|process:|Exception|error" || true
  rm -rf "${OUT:?}"/*
}

echo "# $(date -u +%F) $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GB, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "local[2], with the engine's rate on a quarter of the side (1/16 of points and cells):"
run "local[2]" "$POINTS" "$WIDTH" "$METHOD" "$TILE" "$OUT" 4
echo "local[1]:"
run "local[1]" "$POINTS" "$WIDTH" "$METHOD" "$TILE" "$OUT" 0
