#!/usr/bin/env bash
# First-run speed of the command line (issue 15): every method on 100,000 points (uniform random, Franke's F1 as
# values, the akima_vs_peers.sh data) onto a 500 x 500 GeoTIFF, each run a whole fresh process as a user starts it
# (JVM start, class loading, just-in-time compilation, CSV read, fit, grid, GeoTIFF written), side by side with
# gdal_grid and SciPy run the same way (Python started, numpy/SciPy imported, CSV read, grid written).
#
# Our CLI runs in three JVM set-ups on the default java (17): the JVM's defaults; with the class-data sharing archive
# built at package time (target/geointerp.jsa, -XX:SharedArchiveFile); and the archive with the just-in-time compiler
# held at its first tier (-XX:TieredStopAtLevel=1). "warm" is the same command run again inside one JVM (best of the
# last three of five runs): the time a server that has run the method before needs, the floor a first run is measured
# against. When a JDK 25 is there (JAVA25, default the Temurin 25 path) and the build made its AOT cache
# (target/geointerp.aot, -XX:AOTCache), the same again on JDK 25: its defaults, the AOT cache, the cache with C1 only,
# and its own warm time (a fresh run is compared with the warm time of the same JVM).
#
# Wall-clock seconds are best of RUNS (default 3) fresh processes; CPU seconds (user + system, all threads) of that
# run are printed too, as they suffer less from other programs on the machine; the header prints the load average.
#
# Needs: the packaged CLI (mvn package; JAR, JSA and BENCH_JAR point elsewhere), python3 with numpy and scipy,
# gdal_grid (Debian gdal-bin). gdal_grid runs are cut off after GDAL_TIMEOUT seconds (default 120).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${WORK_DIR:-$(mktemp -d)}"
runs="${RUNS:-3}"
n="${POINTS:-100000}"
g="${GRID:-500}"
jar="${JAR:-$root/gt-interpolation/target/geointerp.jar}"
jsa="${JSA:-$root/gt-interpolation/target/geointerp.jsa}"
bench="${BENCH_JAR:-$root/benchmarks/target/benchmarks.jar}"
aot="${AOT:-$root/gt-interpolation/target/geointerp.aot}"
java25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
with25=false
if [ -x "$java25" ] && [ -f "$aot" ]; then with25=true; else echo "# no JDK 25 at $java25 or no $aot: JDK 17 only"; fi
[ -f "$jar" ] && [ -f "$jsa" ] || (cd "$root" && mvn -q -o package -DskipTests -pl gt-interpolation -am)
[ -f "$bench" ] || (cd "$root" && mvn -q -o package -DskipTests -pl benchmarks -am)
python3 "$here/akima_peers.py" gen "$work" "$n" >/dev/null
csv="$work/points_$n.csv"

# best wall seconds of $runs runs of "$@", and the CPU seconds of that run: prints "wall cpu"
best_of() {
  local best="" cpu=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S" -o "$work/t" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; return 1; }
    read -r e u s < "$work/t"
    if [ -z "$best" ] || (( $(echo "$e < $best" | bc) )); then best=$e; cpu=$(echo "$u + $s" | bc); fi
  done
  echo "$best $cpu"
}

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $(java -version 2>&1 | head -1), SciPy $(python3 -c 'import scipy; print(scipy.__version__)'), $(gdal_grid --version)"
echo "# $n points, ${g} x $g grid, best of $runs fresh processes (wall s, cpu s)"
cols=(method default cpu cds cpu cds+c1 cpu warm cpu)
$with25 && cols+=(j25 cpu j25aot cpu j25aot+c1 cpu j25warm cpu) && echo "# $("$java25" -version 2>&1 | head -1)"
row() { printf '%-22s' "$1"; shift; printf ' %9s' "$@"; echo; }
row "${cols[@]}"
common=(-i "$csv" -v z --crs EPSG:32633 --bbox 0,0,1,1 -W "$g" --format TIF)
declare -A args=(
  [shepard]="shepard"
  [shepard-idw]="shepard --mode IDW"
  [akima]="akima"
  [clusterpolate]="clusterpolate --radius 0.01"
  [purbf]="purbf"
)
for m in ${METHODS:-shepard shepard-idw akima clusterpolate purbf}; do
  # shellcheck disable=SC2206 # the method's words
  a=(${args[$m]})
  out=(-o "$work/$m")
  d=$(best_of java -jar "$jar" "${a[@]}" "${common[@]}" "${out[@]}")
  c=$(best_of java -XX:SharedArchiveFile="$jsa" -jar "$jar" "${a[@]}" "${common[@]}" "${out[@]}")
  c1=$(best_of java -XX:SharedArchiveFile="$jsa" -XX:TieredStopAtLevel=1 -jar "$jar" "${a[@]}" "${common[@]}" \
    "${out[@]}")
  warm=$(java -cp "$jar:$bench" org.geointerp.bench.CliWarmRun "${WARM_RUNS:-5}" "${a[@]}" "${common[@]}" \
    "${out[@]}" 2>/dev/null)
  j25=()
  if $with25; then
    j25+=($(best_of "$java25" -jar "$jar" "${a[@]}" "${common[@]}" "${out[@]}"))
    j25+=($(best_of "$java25" -XX:AOTCache="$aot" -jar "$jar" "${a[@]}" "${common[@]}" "${out[@]}"))
    j25+=($(best_of "$java25" -XX:AOTCache="$aot" -XX:TieredStopAtLevel=1 -jar "$jar" "${a[@]}" "${common[@]}" \
      "${out[@]}"))
    j25+=($("$java25" -cp "$jar:$bench" org.geointerp.bench.CliWarmRun "${WARM_RUNS:-5}" "${a[@]}" "${common[@]}" \
      "${out[@]}" 2>/dev/null))
  fi
  # shellcheck disable=SC2086 # "wall cpu" pairs
  row "$m" $d $c $c1 $warm "${j25[@]}"
done
peer() {
  local name="$1"; shift
  local r
  r=$(best_of "$@") || r="failed -" # gdal_grid linear past GDAL_TIMEOUT
  # shellcheck disable=SC2086
  row "$name" $r
}
peer "gdal_grid invdist" gdal_grid -q -a invdist:power=2:max_points=10:nodata=-9999 -zfield z -txe 0 1 -tye 1 0 \
  -outsize "$g" "$g" -ot Float32 -of GTiff -l "points_$n" "$work/points_$n.vrt" "$work/gdal_invdist.tif"
peer "gdal_grid linear" timeout "${GDAL_TIMEOUT:-120}" gdal_grid -q -a linear:nodata=-9999 -zfield z -txe 0 1 -tye 1 0 \
  -outsize "$g" "$g" -ot Float32 -of GTiff -l "points_$n" "$work/points_$n.vrt" "$work/gdal_linear.tif"
peer "scipy CloughTocher" env OPENBLAS_NUM_THREADS=1 python3 "$here/first_run_peers.py" clough "$csv" "$g" "$work/clough.f32"
peer "scipy IDW (cKDTree)" env OPENBLAS_NUM_THREADS=1 python3 "$here/first_run_peers.py" idw "$csv" "$g" "$work/idw.f32"
peer "scipy RBF (50 nearest)" env OPENBLAS_NUM_THREADS=1 python3 "$here/first_run_peers.py" rbf "$csv" "$g" "$work/rbf.f32"
echo "# work files in $work"
