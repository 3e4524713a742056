"""SciPy side of purbf_vs_scipy.sh: RBFInterpolator(kernel='thin_plate_spline', neighbors=50) on the points our
Java driver wrote, to the same grid, and RMSE against Franke's F1 for both rasters on the cells where both have a
value.

  purbf_peers.py WORK N G OURS_SECONDS OURS_CPU   prints one row per method and the time ratio
"""
import sys
import time

import numpy as np


def f1(x, y):
    return (0.75 * np.exp(-((9 * x - 2) ** 2 + (9 * y - 2) ** 2) / 4)
            + 0.75 * np.exp(-((9 * x + 1) ** 2) / 49 - (9 * y + 1) / 10)
            + 0.5 * np.exp(-((9 * x - 7) ** 2 + (9 * y - 3) ** 2) / 4)
            - 0.2 * np.exp(-(9 * x - 4) ** 2 - (9 * y - 7) ** 2))


def main(work, n, g, ours_seconds, ours_cpu):
    from scipy.interpolate import RBFInterpolator
    p = np.fromfile(f"{work}/points_{n}.f64", dtype='<f8').reshape(-1, 3)
    c = (np.arange(g) + 0.5) / g
    X, Y = np.meshgrid(c, c[::-1])  # cell centres, row 0 at the top, as GridSpec
    t0 = time.perf_counter()
    c0 = time.process_time()
    scipy = RBFInterpolator(p[:, :2], p[:, 2], kernel='thin_plate_spline', neighbors=50)(
        np.column_stack([X.ravel(), Y.ravel()])).reshape(g, g)
    scipy_seconds = time.perf_counter() - t0
    scipy_cpu = time.process_time() - c0
    ours = np.fromfile(f"{work}/ours_{n}_{g}.f32", dtype='<f4').reshape(g, g).astype(float)
    truth = f1(X, Y)
    both = np.isfinite(ours) & np.isfinite(scipy)
    rmse = {name: np.sqrt(np.mean((v[both] - truth[both]) ** 2)) for name, v in (("ours", ours), ("scipy", scipy))}
    print(f"cells compared: {both.sum()} of {g * g} (ours is nodata outside the convex hull)")
    print(f"{'method':<28s} {'seconds':>9s} {'CPU s':>8s} {'RMSE':>10s}")
    print(f"{'ours PU-RBF (default)':<28s} {ours_seconds:9.2f} {ours_cpu:8.2f} {rmse['ours']:10.3e}")
    print(f"{'scipy RBFInterpolator tps50':<28s} {scipy_seconds:9.2f} {scipy_cpu:8.2f} {rmse['scipy']:10.3e}")
    print(f"ratio scipy/ours time: {scipy_seconds / ours_seconds:.1f}x (CPU {scipy_cpu / ours_cpu:.1f}x);"
          f" RMSE ours/scipy: {rmse['ours'] / rmse['scipy']:.2f}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]))
