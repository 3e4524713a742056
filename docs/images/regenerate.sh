#!/usr/bin/env bash
# Makes the pictures of docs/ with the command line (mvn package first): each one is what a user gets from the
# command shown, with --draw-points marking the data. Run from anywhere; writes into docs/images/.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
img="$root/docs/images"
d="$root/sample-data"
work="$(mktemp -d)"
jar="${JAR:-$root/gt-interpolation/target/geointerp.jar}"
g() { java -jar "$jar" "$@" >/dev/null; }
franke=(-i "$d/franke_dps1_f1.csv" --crs EPSG:32633 --bbox 500000,5000000,510000,5010000 -W 400 --draw-points
  --format PNG)
g shepard "${franke[@]}" -o "$work/shepard_franke"
g shepard "${franke[@]}" --barriers "$d/river_utm33.geojson" -o "$work/shepard_franke_river"
g shepard "${franke[@]}" --mode IDW -o "$work/shepard_idw_franke"
g akima "${franke[@]}" --extrapolate -o "$work/akima_franke_dps1_f1"
# a larger extent, no extrapolation: the triangulated area shows
g akima -i "$d/franke_dps1_f1.csv" --crs EPSG:32633 --bbox 499000,4999000,511000,5011000 -W 400 --draw-points \
  --format PNG -o "$work/akima_franke_dps1_f1_nodata"
g purbf "${franke[@]}" -o "$work/pu-rbf_franke"
arc=(-i "$d/clusterpolate_arc.csv" --bbox -1.5,-1.5,1.5,1.5 -W 500 --format PNG)
g clusterpolate "${arc[@]}" --radius 0.2 --points-picture -o "$work/clusterpolate_arc"
g clusterpolate "${arc[@]}" -o "$work/clusterpolate_arc_default_radius"
g purbf -i "$d/purbf_cylinder_f3d.csv" --crs EPSG:32633 --z-column z --z-levels 1000,5000,9000 -W 200 \
  --format PNG -o "$work/pu-rbf_cylinder_levels"
# leave-one-out residual maps on Meuse (docs/choosing-a-method.md)
g cv -i "$root/gt-interpolation/src/test/resources/real/meuse/meuse_points.csv" -v logzinc --crs EPSG:28992 \
  --methods PartitionOfUnityRBF,Akima -o "$work/meuse"
cp "$work/meuse_PartitionOfUnityRBF.png" "$img/meuse_residuals_PartitionOfUnityRBF.png"
cp "$work/meuse_Akima.png" "$img/meuse_residuals_Akima.png"
for f in shepard_franke shepard_franke_river shepard_idw_franke akima_franke_dps1_f1 akima_franke_dps1_f1_nodata \
    pu-rbf_franke clusterpolate_arc clusterpolate_arc_points clusterpolate_arc_default_radius; do
  cp "$work/$f.png" "$img/$f.png"
done
# the three levels side by side, one legend (the levels share one range)
/usr/bin/python3 - "$work" "$img/pu-rbf_cylinder_levels.png" <<'PY'
import sys
from PIL import Image
work, out = sys.argv[1], sys.argv[2]
levels = [Image.open(f"{work}/pu-rbf_cylinder_levels_z{z}.png") for z in (1000, 5000, 9000)]
sheet = Image.new("RGB", (sum(i.width for i in levels), max(i.height for i in levels)), "white")
x = 0
for i in levels:
    sheet.paste(i, (x, 0))
    x += i.width
sheet.save(out)
PY
rm -rf "$work"
echo "pictures written to $img"
