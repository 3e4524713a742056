#!/usr/bin/env bash
# Partition-of-unity RBF (default setting) next to SciPy's RBFInterpolator(kernel='thin_plate_spline', neighbors=50)
# on the same uniform Franke F1 points and grid, in one run; then our time on the paper's largest 3D case (98,006
# points in the cylinder, the paper: 209 s in Matlab).
# Usage: benchmarks/scripts/purbf_vs_scipy.sh [points grid]   one case; without arguments the issue's four:
#        100000 and 1000000 points to 500x500 and 2000x2000. SCIPY_TIMEOUT (seconds, default 900) caps each SciPy
#        run; a capped run is reported as ">T s".
# Needs python3-scipy (apt-get install -y python3-scipy) and a built benchmarks jar
# (mvn -q -ntp package -DskipTests -pl gt-interpolation,benchmarks).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar="$root/benchmarks/target/benchmarks.jar"
[ -f "$jar" ] || (cd "$root" && mvn -q -ntp package -DskipTests -pl gt-interpolation,benchmarks)
# Debian's interpreter and python3-scipy by default (PYTHON=... to compare another SciPy)
py=${PYTHON:-/usr/bin/python3}
scipy=$("$py" -c 'import scipy; print(scipy.__version__)' 2>/dev/null) \
  || { echo "needs python3-scipy for $py: apt-get install -y python3-scipy" >&2; exit 1; }
timeout_s=${SCIPY_TIMEOUT:-900}
if [ $# -ge 2 ]; then cases="$1:$2"; else cases="100000:500 100000:2000 1000000:500 1000000:2000"; fi

echo "$(date -u '+%Y-%m-%d %H:%M UTC') cores=$(nproc) load average=$(cut -d' ' -f1-3 /proc/loadavg)" \
  "scipy=$scipy ($py) java=$(java -version 2>&1 | head -1)"
for c in $cases; do
  n=${c%%:*}
  size=${c##*:}
  echo "== points=$n grid=${size}x${size} load average=$(cut -d' ' -f1-3 /proc/loadavg)"
  # ours: cold run (JIT warming up), then best of three; fit included; CPU = all threads of the best run
  java -Xmx6g -cp "$jar" org.geointerp.bench.PuRbfPeerRun plane "$n" "$size" "$work" | tee "$work/ours.txt"
  read -r _ _ _ _ cold best _ cpu < "$work/ours.txt"
  echo "ours: cold ${cold}s, best of three ${best}s (CPU ${cpu}s; the comparison below uses the best)"
  if ! timeout "$timeout_s" "$py" "$(dirname "$0")/purbf_peers.py" "$work" "$n" "$size" "$best" "$cpu"; then
    echo "scipy RBFInterpolator tps50: stopped after ${timeout_s}s (> ${timeout_s} s, ratio > $(
      awk -v t="$timeout_s" -v b="$best" 'BEGIN { printf "%.0f", t / b }')x)"
  fi
  rm -f "$work"/points_* "$work"/ours_*
done

echo "== paper's largest 3D case (cylinder, default setting, 40^3 grid reduced to the domain)" \
  "load average=$(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx6g -cp "$jar" org.geointerp.bench.PuRbfPeerRun cylinder 125000 \
  | awk '{printf "ours cylinder n=%s eval=%s cold %ss best %ss (CPU %ss) RMSE %s max error %s (paper: 209 s)\n", $3, $4, $5, $6, $9, $7, $8}'
echo "load average at the end=$(cut -d' ' -f1-3 /proc/loadavg)"
