#!/usr/bin/env bash
# Akima 761 (ours) against SciPy's CloughTocher2DInterpolator and gdal_grid -a linear, on the same uniform random
# points (Franke's F1 as values) and the same grids: 100,000 and 1,000,000 points, 500 x 500 and 2000 x 2000 cells
# over [0, 1]^2 (cell centres at pixel centres). Prints wall-clock time (fit + grid), CPU time (all threads of the
# process, user + system) and RMSE against the exact F1 over the cells each method fills (all three leave the outside
# of the data's hull empty).
#
# Timing is like with like: each tool's clock starts with the points in memory (the JVM started and the file read;
# Python started, numpy/scipy imported and the file read) and stops with the grid filled. Ours runs in a fresh JVM
# per case, so class loading and just-in-time compilation are inside its time. Other programs running on the
# machine slow both down: the header prints the load average, and the CPU column is less affected than wall time.
#
# Needs: a JDK and Maven (builds the benchmarks jar), python3 with numpy and scipy (Debian python3-scipy),
# gdal_grid (Debian gdal-bin). gdal_grid's linear method is slow: each of its runs is cut off after
# GDAL_TIMEOUT seconds (default 60) and reported as such. POINTS and GRIDS override the sizes. JAVA_OPTS adds options
# to our JVM (default none: the JVM's own defaults); for example -XX:TieredStopAtLevel=1 keeps the just-in-time
# compiler at its quick first tier, which suits a single short run (see docs/akima.md, Speed).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${WORK_DIR:-$(mktemp -d)}"
gdal_timeout="${GDAL_TIMEOUT:-60}"
peers="python3 $here/akima_peers.py"

# user + system CPU seconds of the finished children in the output of bash's `times` (which must run in this shell:
# in a $(...) subshell it would count only the subshell's own children)
children_cpu() {
  tail -1 "$1" | awk '{ split($1, u, /[ms]/); split($2, s, /[ms]/); print u[1] * 60 + u[2] + s[1] * 60 + s[2] }'
}

jar="$root/benchmarks/target/benchmarks.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/gt-interpolation/src" "$root/benchmarks/src" -newer "$jar" -name '*.java' | head -1)" ]; then
  (cd "$root" && mvn -q -o package -DskipTests -pl benchmarks -am)
fi

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
  "JAVA_OPTS='${JAVA_OPTS:-}'"
echo "# $(java -version 2>&1 | head -1), SciPy $(python3 -c 'import scipy; print(scipy.__version__)')," \
  "$(gdal_grid --version 2>/dev/null || echo 'gdal_grid missing')"
printf '%-9s %-10s %-14s %10s %8s %12s %10s\n' points grid method seconds cpu rmse cells
for n in ${POINTS:-100000 1000000}; do
  $peers gen "$work" "$n"
  for g in ${GRIDS:-500 2000}; do
    # shellcheck disable=SC2086 # JAVA_OPTS holds several words
    line=$(java -Xmx8g ${JAVA_OPTS:-} -cp "$jar" org.geointerp.bench.AkimaPeerRun "$work/points_$n.f64" 0 0 1 1 "$g" "$g" \
      "$work/akima_${n}_$g.f32")
    $peers score "$work" "$n" "$g" akima761 "$(echo "$line" | sed -E 's/.*total ([0-9.]+) s.*/\1/')" \
      "$(echo "$line" | sed -E 's/.*, cpu ([0-9.]+) s.*/\1/')" "$work/akima_${n}_$g.f32"
    # the same surface again in the warm JVM (best of three): what a server that has run it before sees
    $peers score "$work" "$n" "$g" akima761-warm "$(echo "$line" | sed -E 's/.*warm ([0-9.]+) s.*/\1/')" \
      "$(echo "$line" | sed -E 's/.*warm cpu ([0-9.]+) s.*/\1/')" "$work/akima_${n}_$g.f32"
    # one OpenBLAS thread: on two cores its idle threads spin and take CPU from SciPy's own work (5 % faster)
    OPENBLAS_NUM_THREADS=1 $peers clough "$work" "$n" "$g"
    start=$(date +%s.%N)
    times > "$work/times_before"
    if timeout "$gdal_timeout" gdal_grid -q -a linear:nodata=-9999 -zfield z -txe 0 1 -tye 1 0 \
        -outsize "$g" "$g" -ot Float32 -of ENVI -l "points_$n" "$work/points_$n.vrt" "$work/gdal_${n}_$g.bin" \
        >/dev/null 2>&1; then
      times > "$work/times_after"
      $peers score "$work" "$n" "$g" gdal-linear "$(echo "$(date +%s.%N) - $start" | bc)" \
        "$(echo "$(children_cpu "$work/times_after") - $(children_cpu "$work/times_before")" | bc)" "$work/gdal_${n}_$g.bin"
    else
      printf '%-9s %-10s %-14s %10s %8s %12s %10s\n' "$n" "${g}x$g" gdal-linear ">$gdal_timeout" - timeout -
    fi
  done
done
echo "work files in $work"
