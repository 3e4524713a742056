#!/usr/bin/env bash
# Leave-one-out cross-validation on real and field-like data, our methods and the peers in one run:
#   gstat (R) IDW power 2 with the 10 nearest and with all points, ordinary kriging with a fitted spherical variogram;
#   SciPy CloughTocher2DInterpolator (the peer exact C1 triangle method);
#   our four methods with their defaults and with --auto (autoTune), through `geointerp cv`.
# Cases: Meuse (ln zinc) and the seeded synthetic cases in gt-interpolation/src/test/resources/fielddata.
# Usage: benchmarks/scripts/real_data_cv.sh [case ...]   (default: every case)
# Needs r-cran-gstat, python3-scipy (apt-get install -y r-cran-gstat python3-scipy) and a built command line
# (mvn -q -ntp package -DskipTests).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
res="$root/gt-interpolation/src/test/resources"
jar="$root/gt-interpolation/target/geointerp.jar"
[ -f "$jar" ] || (cd "$root" && mvn -q -ntp package -DskipTests)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "cores=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg) $(date -u +%Y-%m-%dT%H:%MZ)"
echo "== gstat"
Rscript "$root/benchmarks/scripts/loo_gstat.R" "$res" "$work" | sed 's/^/  /'
echo "== SciPy CloughTocher"
/usr/bin/python3 "$root/benchmarks/scripts/loo_scipy.py" "$res" "$work" | sed 's/^/  /'

cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  cases=(meuse)
  for f in "$res"/fielddata/*.csv; do cases+=("$(basename "$f" .csv)"); done
fi
for c in "${cases[@]}"; do
  if [ "$c" = meuse ]; then
    file="$res/real/meuse/meuse_points.csv"; value=logzinc
  else
    file="$res/fielddata/$c.csv"; value=value
  fi
  echo "== ours: $c"
  java -jar "$jar" cv -i "$file" -v "$value" --auto | sed 's/^/  /'
done
