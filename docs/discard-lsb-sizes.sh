#!/usr/bin/env bash
# The table of docs/outputs.md "Lossy precision": runs the demo (every method's GeoTIFF) with uncompressed strips,
# the lossless default and --discard-lsb 8, 11, 13 and 16, then compares sizes and, through GDAL (python3-gdal,
# numpy; Debian's /usr/bin/python3), every cell of the lossy files with the lossless file's. mvn package first; run from anywhere.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="${JAR:-$root/gt-interpolation/target/geointerp.jar}"
work="${1:-$(mktemp -d)}"
demo() { java -jar "$jar" demo --data "$root/sample-data" --out "$work/$1" "${@:2}" >/dev/null 2>&1; }
demo strips --tiff-layout STRIPS
demo k0
for k in 8 11 13 16; do demo "k$k" --discard-lsb "$k"; done
/usr/bin/python3 - "$work" <<'PY'
import glob, os, sys
import numpy as np
from osgeo import gdal

work = sys.argv[1]
names = sorted(os.path.basename(f) for f in glob.glob(f"{work}/k0/*.tif"))

def cells(path):
    ds = gdal.Open(path)
    bands = [ds.GetRasterBand(b + 1) for b in range(ds.RasterCount)]
    return np.stack([b.ReadAsArray().astype(np.float64) for b in bands]), bands[0].GetNoDataValue()

def size(setting):
    return {n: os.path.getsize(f"{work}/{setting}/{n}") for n in names}

strips, lossless = size("strips"), size("k0")
print("| k | bound 2^-(24-k) | max relative error measured | total bytes | vs strips | vs lossless | per file vs strips |")
print("|---|---|---|---|---|---|---|")
rows = [("strips", None), ("k0", 0)] + [(f"k{k}", k) for k in (8, 11, 13, 16)]
for setting, k in rows:
    sizes = size(setting)
    worst = 0.0
    for n in names:
        exact, nodata = cells(f"{work}/k0/{n}")
        got, _ = cells(f"{work}/{setting}/{n}")
        valid = (exact != nodata) & np.isfinite(exact) & (exact != 0)
        assert np.array_equal(exact[~valid], got[~valid], equal_nan=True), n + ": nodata cells changed"
        worst = max(worst, float(np.max(np.abs(got[valid] - exact[valid]) / np.abs(exact[valid]))))
    assert not k or worst <= 2.0 ** (k - 24), f"k={k}: {worst} above the bound"
    total = sum(sizes.values())
    per = [strips[n] / sizes[n] for n in names]
    label = "strips (uncompressed)" if k is None else str(k)
    bound = "" if not k else f"{2.0 ** (k - 24):.4g}"
    print(f"| {label} | {bound} | {worst:.4g} | {total:,} | {sum(strips.values()) / total:.2f} x"
          f" | {sum(lossless.values()) / total:.2f} x | {min(per):.2f} - {max(per):.2f} x |")
print()
print("| file | strips | lossless | " + " | ".join(f"k={k}" for k in (8, 11, 13, 16)) + " |")
print("|---|---|---|" + "---|" * 4)
for n in names:
    cols = [f"{size(f'k{k}')[n]:,} ({strips[n] / size(f'k{k}')[n]:.2f} x)" for k in (8, 11, 13, 16)]
    print(f"| {n} | {strips[n]:,} | {lossless[n]:,} ({strips[n] / lossless[n]:.2f} x) | " + " | ".join(cols) + " |")
PY
