package org.geointerp.engine.clusterpolate;

import org.geointerp.engine.FitSummary;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.KdTree;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.RowEvaluator;
import org.geointerp.engine.Surface;

/**
 * Fitted clusterpolation (see {@link Clusterpolator}): two bands, value and membership. Immutable and thread-safe.
 *
 * <p>Grids go through the row sweep ({@link #rowEvaluator()}, {@link #sweepRow}); single targets go through a
 * kd-tree radius query, built on first use because grid-only callers never need it. Both collect the same
 * neighbours ({@code dx^2 + dy^2 < r^2}) and finish cells by the same rules ({@code CellSums}); they differ only in
 * the order of summation, i.e. in the last bits of the value.
 */
public final class ClusterpolateSurface implements Surface {

    /** Band index of the interpolated value. */
    public static final int VALUE = 0;
    /** Band index of the membership degree, the largest kernel weight, in [0, 1]. */
    public static final int MEMBERSHIP = 1;

    private final PointSet points;
    private final StripIndex strip;
    private final double radius;
    private final Kernel kernel;
    private final double membershipThreshold;
    private volatile KdTree tree;

    ClusterpolateSurface(PointSet points, double radius, Kernel kernel, double membershipThreshold) {
        this.points = points;
        this.strip = new StripIndex(points, radius);
        this.radius = radius;
        this.kernel = kernel;
        this.membershipThreshold = membershipThreshold;
    }

    public double radius() {
        return radius;
    }

    @Override
    public FitSummary summary() {
        java.util.Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("radius", radius);
        p.put("kernel", kernel.kernelName());
        p.put("membershipThreshold", membershipThreshold);
        return new FitSummary(points.size(), 0, p, java.util.List.of());
    }

    public Kernel kernel() {
        return kernel;
    }

    public double membershipThreshold() {
        return membershipThreshold;
    }

    @Override
    public int bandCount() {
        return 2;
    }

    @Override
    public String bandName(int band) {
        return band == VALUE ? "value" : "membership";
    }

    @Override
    public double value(double x, double y) {
        double[] out = new double[2];
        evaluate(x, y, out);
        return out[VALUE];
    }

    /** The membership degree at (x, y): the largest kernel weight, in [0, 1]; NaN where no point is in range. */
    public double membership(double x, double y) {
        double[] out = new double[2];
        evaluate(x, y, out);
        return out[MEMBERSHIP];
    }

    /** Writes value and membership at (x, y) to {@code out[VALUE]} and {@code out[MEMBERSHIP]}. */
    public void evaluate(double x, double y, double[] out) {
        KdTree.Searcher searcher = tree().searcher();
        int n = searcher.within(x, y, radius, false);
        CellSums sums = new CellSums(1);
        double r2 = radius * radius;
        double[] z = points.values();
        for (int i = 0; i < n; i++) {
            sums.add(0, kernel.weight(searcher.distanceSquared(i), r2), z[searcher.index(i)]);
        }
        double[] value = new double[1];
        double[] membership = new double[1];
        sums.finish(1, membershipThreshold, value, membership, 0);
        out[VALUE] = value[0];
        out[MEMBERSHIP] = membership[0];
    }

    private KdTree tree() {
        KdTree t = tree;
        if (t == null) {
            synchronized (this) {
                t = tree;
                if (t == null) {
                    t = new KdTree(points);
                    tree = t;
                }
            }
        }
        return t;
    }

    /** A new row sweep for one thread, writing doubles; for callers that need more than float precision. */
    public RowSweeper rowSweeper() {
        RowSweep sweep = new RowSweep(strip, kernel, radius, membershipThreshold);
        return sweep::sweep;
    }

    /** Evaluates grid rows in double precision with the scratch space of one thread; not thread-safe. */
    @FunctionalInterface
    public interface RowSweeper {
        /** Writes row {@code row} of {@code grid} to {@code value[offset + col]} and {@code membership[offset + col]}. */
        void sweepRow(GridSpec grid, int row, double[] value, double[] membership, int offset);
    }

    /**
     * A one-band view: the value band only, for callers that do not want the membership band. Shares this
     * surface's index; the membership threshold still applies.
     */
    public Surface valueOnly() {
        ClusterpolateSurface full = this;
        return new Surface() {
            @Override
            public double value(double x, double y) {
                return full.value(x, y);
            }

            @Override
            public RowEvaluator rowEvaluator() {
                return full.rowEvaluator();
            }
        };
    }

    /** Writes the value band, and the membership band when {@code out} has a second array. */
    @Override
    public RowEvaluator rowEvaluator() {
        RowSweep sweep = new RowSweep(strip, kernel, radius, membershipThreshold);
        return new RowEvaluator() {
            private double[] value = new double[0];
            private double[] membership = new double[0];

            @Override
            public void evaluateRow(GridSpec grid, int row, float[][] out) {
                int width = grid.width();
                if (value.length < width) {
                    value = new double[width];
                    membership = new double[width];
                }
                sweep.sweep(grid, row, value, membership, 0);
                int base = row * width;
                float[] v = out[VALUE];
                for (int c = 0; c < width; c++) {
                    v[base + c] = (float) value[c];
                }
                if (out.length > MEMBERSHIP) {
                    float[] m = out[MEMBERSHIP];
                    for (int c = 0; c < width; c++) {
                        m[base + c] = (float) membership[c];
                    }
                }
            }
        };
    }
}
