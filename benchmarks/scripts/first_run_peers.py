"""Whole-process peers for first_run.sh: each call is one fresh Python process that imports its libraries, reads the
points CSV (x, y, z), interpolates onto the G x G grid over [0, 1]^2 (cell centres, row 0 at the top) and writes the
grid as raw float32, as a command-line user would run it; first_run.sh times the whole process.

  first_run_peers.py clough CSV G OUT     SciPy CloughTocher2DInterpolator (C1 cubic on Delaunay triangles)
  first_run_peers.py idw CSV G OUT        inverse distance weighting over the 10 nearest points (SciPy cKDTree)
  first_run_peers.py rbf CSV G OUT        SciPy RBFInterpolator, thin-plate spline over the 50 nearest points
"""
import sys

import numpy as np


def main(method, csv, g, out):
    g = int(g)
    p = np.loadtxt(csv, delimiter=",", skiprows=1)
    c = (np.arange(g) + 0.5) / g
    X, Y = np.meshgrid(c, c[::-1])
    if method == "clough":
        from scipy.interpolate import CloughTocher2DInterpolator
        v = CloughTocher2DInterpolator(p[:, :2], p[:, 2])(X, Y)
    elif method == "idw":
        from scipy.spatial import cKDTree
        d, i = cKDTree(p[:, :2]).query(np.column_stack([X.ravel(), Y.ravel()]), k=10)
        w = 1 / np.maximum(d, 1e-12) ** 2
        v = (np.sum(w * p[i, 2], axis=1) / np.sum(w, axis=1)).reshape(X.shape)
    elif method == "rbf":
        from scipy.interpolate import RBFInterpolator
        v = RBFInterpolator(p[:, :2], p[:, 2], neighbors=50)(np.column_stack([X.ravel(), Y.ravel()])).reshape(X.shape)
    else:
        raise SystemExit("unknown method " + method)
    v.astype("<f4").tofile(out)


if __name__ == "__main__":
    main(*sys.argv[1:])
