package org.geointerp.engine.purbf;

import java.util.Arrays;
import org.geointerp.engine.Execution;
import org.geointerp.engine.FitSummary;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.LeaveOneOutPredictor;
import org.geointerp.engine.LocationGroups;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.RowEvaluator;
import org.geointerp.engine.Surface;
import org.geointerp.engine.internal.PairSort;

/**
 * A 2D {@link PuRbfModel} as a {@link Surface}. The grid path works patch by patch, as the paper's block
 * evaluation does: for a row, each patch crossing it adds {@code W_j R_j} to the cells of the chord it covers, so
 * no kd-tree query runs per cell. Patches are found through their centres sorted by y.
 */
public final class PuRbfSurface implements Surface, LeaveOneOutPredictor {

    private final PuRbfModel model;
    /** Patch indices sorted by centre y, and those y values. */
    private final int[] byY;

    private final double[] sortedY;

    private final FitSummary summary;

    PuRbfSurface(PuRbfModel model, FitSummary summary) {
        this.model = model;
        this.summary = summary;
        int d = model.patches;
        byY = new int[d];
        sortedY = new double[d];
        for (int j = 0; j < d; j++) {
            byY[j] = j;
            sortedY[j] = model.centres[2 * j + 1];
        }
        PairSort.sort(sortedY, byY, d);
    }

    public PuRbfModel model() {
        return model;
    }

    @Override
    public FitSummary summary() {
        return summary;
    }

    @Override
    public double value(double x, double y) {
        return model.value(x, y);
    }

    /**
     * Leave-one-out without refitting: per patch the closed-form residual (Rippa 1999) blended by the partition of
     * unity, patches whose rules change without the point solved again ({@link PuRbfLeaveOneOut}). Equals a refit
     * with this fit's options and {@link PatchLayout}.
     */
    @Override
    public Predictions predictLeaveOneOut(PointSet data, LocationGroups groups, int[] targets, Execution execution) {
        return new PuRbfLeaveOneOut(model.members, data, groups).predict(targets, execution);
    }

    @Override
    public RowEvaluator rowEvaluator() {
        return new Rows();
    }

    /** Per-thread row buffers. */
    private final class Rows implements RowEvaluator {
        private double[] num = new double[0];
        private double[] den = new double[0];
        /** Cell centres' x, and one patch's interpolant along its chord of the row. */
        private double[] xs = new double[0];

        private double[] local = new double[0];
        private boolean[] inside = new boolean[0];
        private final double[] p = new double[2];
        /** For cells no patch covers; made on first need (it builds the centres' kd-tree). */
        private org.geointerp.engine.internal.KdTree.Searcher fallback;

        @Override
        public void evaluateRow(GridSpec grid, int row, float[][] out) {
            int w = grid.width();
            if (num.length < w) {
                num = new double[w];
                den = new double[w];
                inside = new boolean[w];
                local = new double[w];
                xs = new double[w];
            }
            for (int col = 0; col < w; col++) {
                xs[col] = grid.x(col);
            }
            Arrays.fill(num, 0, w, 0);
            Arrays.fill(den, 0, w, 0);
            double y = grid.y(row);
            if (model.extrapolate) {
                Arrays.fill(inside, 0, w, true);
            } else {
                model.domain.insideRow(grid, row, inside);
            }
            double cw = grid.cellWidth();
            double minX = grid.minX();
            int k = Arrays.binarySearch(sortedY, y - model.maxRadius);
            k = k < 0 ? -k - 1 : k;
            while (k > 0 && sortedY[k - 1] >= y - model.maxRadius) {
                k--;
            }
            for (; k < sortedY.length && sortedY[k] <= y + model.maxRadius; k++) {
                int j = byY[k];
                double r = model.radius[j];
                double r2 = r * r;
                double dy = y - sortedY[k];
                if (dy * dy >= r2) {
                    continue;
                }
                double cx = model.centres[2 * j];
                double half = Math.sqrt(r2 - dy * dy);
                int from = (int) Math.max(0, Math.ceil((cx - half - minX) / cw - 0.5));
                int to = (int) Math.min(w - 1, Math.floor((cx + half - minX) / cw - 0.5));
                if (from > to) {
                    continue;
                }
                Arrays.fill(local, from, to + 1, 0);
                model.addLocalRow(j, xs, from, to + 1, y, local);
                for (int col = from; col <= to; col++) {
                    if (!inside[col]) {
                        continue;
                    }
                    double dx = xs[col] - cx;
                    double weight = Weight.of(dx * dx + dy * dy, r2, r);
                    if (weight > 0) {
                        num[col] += weight * local[col];
                        den[col] += weight;
                    }
                }
            }
            float[] band = out[0];
            int base = row * w;
            for (int col = 0; col < w; col++) {
                double v;
                if (!inside[col]) {
                    v = Double.NaN;
                } else if (den[col] > 0) {
                    v = num[col] / den[col];
                } else if (model.localOnly) {
                    model.countUncovered();
                    v = Double.NaN;
                } else {
                    p[0] = grid.x(col);
                    p[1] = y;
                    model.countUncovered();
                    if (fallback == null) {
                        fallback = model.centreSearcher();
                    }
                    v = model.local(PatchMembers.nearestPatch(fallback, p), p);
                }
                band[base + col] = (float) v;
            }
        }
    }
}
