"""Helpers for akima_vs_peers.sh: test data, the SciPy CloughTocher run, and RMSE scoring against Franke's F1.

  akima_peers.py gen WORK N                          writes points_N.f64 (x, y, z float64), .csv and .vrt
  akima_peers.py clough WORK N G                     runs CloughTocher2DInterpolator on the G x G grid, prints a row
  akima_peers.py score WORK N G NAME SECONDS CPU FILE
                                                     scores a float32 G x G grid file (row 0 at the top), prints a row

Rows: points, grid, method, wall-clock seconds, CPU seconds (all threads of the process; "-" when not measured),
RMSE against the exact F1, number of cells with a value.
"""
import sys
import time

import numpy as np


def f1(x, y):
    return (0.75 * np.exp(-((9 * x - 2) ** 2 + (9 * y - 2) ** 2) / 4)
            + 0.75 * np.exp(-((9 * x + 1) ** 2) / 49 - (9 * y + 1) / 10)
            + 0.5 * np.exp(-((9 * x - 7) ** 2 + (9 * y - 3) ** 2) / 4)
            - 0.2 * np.exp(-(9 * x - 4) ** 2 - (9 * y - 7) ** 2))


def grid(g):
    """Cell centres of a g x g grid over [0, 1]^2, row 0 at the top (largest y)."""
    c = (np.arange(g) + 0.5) / g
    return np.meshgrid(c, c[::-1])


def row(n, g, name, seconds, cpu, values):
    X, Y = grid(g)
    ok = np.isfinite(values) & (values != -9999)
    rmse = np.sqrt(np.mean((values[ok] - f1(X, Y)[ok]) ** 2))
    cpu = "-" if cpu is None else f"{cpu:.2f}"
    print(f"{n:<9d} {g}x{g:<6d} {name:<14s} {seconds:10.2f} {cpu:>8s} {rmse:12.3e} {ok.sum():10d}", flush=True)


def gen(work, n):
    rng = np.random.default_rng(761)
    x, y = rng.random(n), rng.random(n)
    xyz = np.column_stack([x, y, f1(x, y)])
    xyz.astype('<f8').tofile(f"{work}/points_{n}.f64")
    with open(f"{work}/points_{n}.csv", "w") as out:
        out.write("x,y,z\n")
        np.savetxt(out, xyz, delimiter=",", fmt="%.17g")
    with open(f"{work}/points_{n}.vrt", "w") as out:
        out.write(f'<OGRVRTDataSource><OGRVRTLayer name="points_{n}">'
                  f'<SrcDataSource>{work}/points_{n}.csv</SrcDataSource><GeometryType>wkbPoint</GeometryType>'
                  '<GeometryField encoding="PointFromColumns" x="x" y="y" z="z"/></OGRVRTLayer></OGRVRTDataSource>')


def clough(work, n, g):
    from scipy.interpolate import CloughTocher2DInterpolator
    p = np.fromfile(f"{work}/points_{n}.f64", dtype='<f8').reshape(-1, 3)
    X, Y = grid(g)
    # timed like ours: from the loaded points to the filled grid (scipy imported and data read before, as the JVM is
    # started and the points read before Java's clock starts); Qhull's triangulation is included
    t0 = time.perf_counter()
    c0 = time.process_time()
    values = CloughTocher2DInterpolator(p[:, :2], p[:, 2])(X, Y)
    cpu = time.process_time() - c0
    row(n, g, "clough-tocher", time.perf_counter() - t0, cpu, values)


def score(n, g, name, seconds, cpu, path):
    row(n, g, name, float(seconds), None if cpu == "-" else float(cpu),
        np.fromfile(path, dtype='<f4').reshape(g, g).astype(float))


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "gen":
        gen(args[0], int(args[1]))
    elif cmd == "clough":
        clough(args[0], int(args[1]), int(args[2]))
    elif cmd == "score":
        score(int(args[1]), int(args[2]), args[3], args[4], args[5], args[6])
    else:
        sys.exit("unknown command " + cmd)
