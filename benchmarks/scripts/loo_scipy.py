"""Leave-one-out of SciPy's CloughTocher2DInterpolator (the peer of our Akima method: an exact, C1, triangle-based
cubic) on the robustness cases: Meuse and the synthetic cases of FieldCases.

  loo_scipy.py RESOURCES OUT

RESOURCES is gt-interpolation/src/test/resources (it reads real/meuse/meuse_points.csv, value ln(zinc), and every
fielddata/NAME.csv, value column "value"); OUT receives NAME_scipy.csv per case and scipy_summary.csv.

For each point i, the interpolator is built from the other points and evaluated at point i. A point outside the
convex hull of the others has no CloughTocher value (NaN): it is then predicted by the nearest other point
(NearestNDInterpolator) and flagged inside=0. Per case the summary gives the RMSE over the points inside the hull
of the others (the comparison with our Akima, which has no value outside the triangulated area either), how many
points that is, and the RMSE over all points with the nearest-point fill. Run with Debian's python3-scipy
(/usr/bin/python3); the SciPy and NumPy versions go into the summary.
"""
import csv
import glob
import os
import sys

import numpy as np
import scipy
from scipy.interpolate import CloughTocher2DInterpolator, NearestNDInterpolator


def read(path, value):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    x = np.array([float(r["x"]) for r in rows])
    y = np.array([float(r["y"]) for r in rows])
    z = np.array([float(r[value]) for r in rows])
    return x, y, z


def loo(x, y, z):
    n = len(z)
    pts = np.column_stack([x, y])
    ct = np.empty(n)
    inside = np.ones(n, dtype=bool)
    for i in range(n):
        keep = np.arange(n) != i
        v = CloughTocher2DInterpolator(pts[keep], z[keep])(pts[i:i + 1])[0]
        if not np.isfinite(v):
            inside[i] = False
            v = NearestNDInterpolator(pts[keep], z[keep])(pts[i:i + 1])[0]
        ct[i] = v
    return ct, inside


def main(resources, out):
    cases = [("meuse", os.path.join(resources, "real/meuse/meuse_points.csv"), "logzinc")]
    for path in sorted(glob.glob(os.path.join(resources, "fielddata/*.csv"))):
        cases.append((os.path.basename(path)[:-4], path, "value"))
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "scipy_summary.csv"), "w", newline="") as s:
        w = csv.writer(s, lineterminator="\n")
        w.writerow(["case", "method", "n", "inside", "rmse_inside", "rmse_all_nearest_fill", "tool"])
        for name, path, value in cases:
            x, y, z = read(path, value)
            ct, inside = loo(x, y, z)
            with open(os.path.join(out, name + "_scipy.csv"), "w", newline="") as f:
                pw = csv.writer(f, lineterminator="\n")
                pw.writerow(["i", "observed", "ct", "inside"])
                for i in range(len(z)):
                    pw.writerow([i, repr(float(z[i])), repr(float(ct[i])), int(inside[i])])
            e = z - ct
            rin = float(np.sqrt(np.mean(e[inside] ** 2)))
            rall = float(np.sqrt(np.mean(e ** 2)))
            w.writerow([name, "CloughTocher2DInterpolator", len(z), int(inside.sum()), f"{rin:.6f}", f"{rall:.6f}",
                        f"scipy {scipy.__version__} numpy {np.__version__}"])
            print(f"{name:24s} n={len(z):4d} inside={inside.sum():4d} RMSE inside {rin:.4f}, all (nearest fill) "
                  f"{rall:.4f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
