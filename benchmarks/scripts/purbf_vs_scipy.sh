#!/usr/bin/env bash
# Partition-of-unity RBF next to SciPy's RBFInterpolator(kernel='thin_plate_spline', neighbors=50) on the same
# uniform Franke F1 points and grid, in one run; then our time on the paper's largest 3D case (98,006 points in
# the cylinder, the paper: 209 s in Matlab).
# Usage: benchmarks/scripts/purbf_vs_scipy.sh [points=100000] [grid=500]
# Needs python3-scipy (apt-get install -y python3-scipy) and a built benchmarks jar
# (mvn -q package -DskipTests -pl gt-interpolation,benchmarks).
set -euo pipefail
n=${1:-100000}
size=${2:-500}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar="$root/benchmarks/target/benchmarks.jar"
[ -f "$jar" ] || (cd "$root" && mvn -q -ntp package -DskipTests -pl gt-interpolation,benchmarks)
# Debian's interpreter and python3-scipy by default (PYTHON=... to compare another SciPy)
py=${PYTHON:-/usr/bin/python3}
scipy=$("$py" -c 'import scipy; print(scipy.__version__)' 2>/dev/null) \
  || { echo "needs python3-scipy for $py: apt-get install -y python3-scipy" >&2; exit 1; }

echo "points=$n grid=${size}x${size} cores=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg) scipy=$scipy ($py)"
# ours: cold run (JIT warming up), then best of three; fit included
java -Xmx6g -cp "$jar" org.geointerp.bench.PuRbfPeerRun plane "$n" "$size" "$work" | tee "$work/ours.txt"
read -r _ _ _ _ cold best _ < "$work/ours.txt"
echo "ours: cold ${cold}s, best of three ${best}s (the comparison below uses the best)"
"$py" "$(dirname "$0")/purbf_peers.py" "$work" "$n" "$size" "$best"

echo "paper's largest 3D case (cylinder, default setting, 40^3 grid reduced to the domain):"
java -Xmx6g -cp "$jar" org.geointerp.bench.PuRbfPeerRun cylinder 125000 \
  | awk '{printf "ours cylinder n=%s eval=%s cold %ss best %ss RMSE %s max error %s (paper: 209 s)\n", $3, $4, $5, $6, $7, $8}'
