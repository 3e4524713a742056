#!/usr/bin/env bash
# Shepard benchmark side by side with gdal_grid's nearest-neighbour IDW on the same points and grid, in one run.
# Usage: benchmarks/scripts/shepard_vs_gdal.sh [points=100000] [grid=2000] [cases=SYMAP,IDW,BARRIERS]
# Needs gdal-bin (apt-get install -y gdal-bin) and a built benchmarks jar (mvn -q package -DskipTests).
set -euo pipefail
n=${1:-100000}
size=${2:-2000}
cases=${3:-SYMAP,IDW,BARRIERS}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar="$root/benchmarks/target/benchmarks.jar"
[ -f "$jar" ] || (cd "$root" && mvn -q -ntp package -DskipTests)

echo "points=$n grid=${size}x${size} cores=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg) $(date -u +%Y-%m-%dT%H:%MZ)"
java -Xmx6g -cp "$jar" org.geointerp.bench.ShepardPeerRun "$n" "$size" "$work" "$cases" | tee "$work/ours.txt"

cat > "$work/points.vrt" <<VRT
<OGRVRTDataSource><OGRVRTLayer name="points"><SrcDataSource>$work/points.csv</SrcDataSource>
<GeometryType>wkbPoint</GeometryType><GeometryField encoding="PointFromColumns" x="x" y="y" z="value"/>
</OGRVRTLayer></OGRVRTDataSource>
VRT
# radius 0.01 gives about 30 candidate points per cell at 100,000 points (the issue's setting)
start=$(date +%s.%N)
gdal_grid -q -a invdistnn:power=2:max_points=10:min_points=4:radius=0.01 -txe 0 1 -tye 0 1 \
  -outsize "$size" "$size" -ot Float32 -l points "$work/points.vrt" "$work/gdal.tif"
end=$(date +%s.%N)
gdal=$(echo "$end - $start" | bc -l)
printf "gdal_grid invdistnn %.3f %.0f\n" "$gdal" "$(echo "$size * $size / $gdal" | bc -l)"
awk -v g="$gdal" '{printf "ratio gdal_grid/ours %s: %.1fx warm, %.1fx on its first run\n", $2, g / $3, g / $8}' "$work/ours.txt"
awk '$2 == "SYMAP" {t = $3} $2 ~ /barriers/ && t {printf "barriers cost %.2fx the time without them\n", $3 / t}' "$work/ours.txt"
