package org.geointerp.engine.shepard;

import java.util.function.Supplier;
import org.geointerp.engine.Execution;
import org.geointerp.engine.FitSummary;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.LeaveOneOutPredictor;
import org.geointerp.engine.LocationGroups;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.RowEvaluator;
import org.geointerp.engine.Surface;
import org.geointerp.engine.barrier.BarrierSet;

/**
 * Shepard's (1968) interpolation function fitted to a point set: the paper's final f(P) (or plain inverse distance
 * weighting, see {@link ShepardOptions.Mode}). Built by {@link ShepardInterpolator}; immutable and thread-safe.
 *
 * <p>For a location P with effective distances d_i to the data points (Euclidean, or lengthened by barriers):
 * <ol>
 *   <li>C' and r': with n = the number of points within the search radius r, C' is the nearest {@code min}
 *       points and r' the distance of the next one when n &lt;= min; all n points and r' = r when
 *       min &lt; n &lt;= max; the nearest {@code max} and r' the distance of the next one when n &gt; max. When the
 *       data set has no "next" point, r' is infinite.</li>
 *   <li>{@code s(d) = 1/d} for d &lt;= r'/3, {@code 27/(4r') (d/r' - 1)^2} for r'/3 &lt; d &lt;= r', 0 beyond.</li>
 *   <li>{@code t_i = sum_j s_j (1 - cos(D_i P D_j)) / sum_j s_j}, computed as {@code 1 - u_i . V / S} with u_i the
 *       unit vector from D_i to P, {@code V = sum_j s_j u_j}, {@code S = sum_j s_j} (the same sum, O(k) not
 *       O(k^2)). The angle is the geometric one, also across barriers.</li>
 *   <li>{@code w_i = s_i^2 (1 + t_i)}, {@code dz_i = (A_i (x - x_i) + B_i (y - y_i)) nu / (nu + d_i)},
 *       {@code f(P) = sum w_i (z_i + dz_i) / sum w_i}.</li>
 *   <li>Within epsilon of data points: the mean of their values.</li>
 * </ol>
 * When every member of C' sits exactly at distance r' (ties on a lattice), all s_i vanish; the weights then fall back
 * to {@code s = 1/d} for that location, the limit of the paper's weights as r' grows.
 */
public final class ShepardSurface implements Surface, LeaveOneOutPredictor {

    private final PointSet points;
    private final ShepardOptions options;
    private final double radius;
    private final double epsilon;
    /** Set by {@link #fitSlopes} before the surface is handed out. */
    private double slopeScale;

    private final double[] slopeX;
    private final double[] slopeY;
    private final int mergedAway;
    /** For each input point, the merged point it went into (leave-one-out needs the input's locations). */
    private final int[] memberOf;
    /** The barriers of the fit, or null: leave-one-out refits with them where it has no shortcut. */
    private final BarrierSet barriers;

    private final Supplier<NeighbourSearch> searches;
    private final Supplier<ObstacleTest> obstacles;
    /** Typical distance to the farthest of the maxNeighbours + 1 nearest points: sets the evaluation tile size. */
    private final double neighbourSpacing;

    /** Tells whether a location lies inside a polygon obstacle, where the surface has no value; one per thread. */
    @FunctionalInterface
    interface ObstacleTest {
        ObstacleTest NONE = (x, y) -> false;

        boolean inside(double x, double y);
    }

    ShepardSurface(
            PointSet points,
            ShepardOptions options,
            double radius,
            double epsilon,
            double hullArea,
            Supplier<NeighbourSearch> searches,
            Supplier<ObstacleTest> obstacles,
            int mergedAway,
            int[] memberOf,
            BarrierSet barriers) {
        this.neighbourSpacing = Math.sqrt((options.maxNeighbours() + 1) * hullArea / (Math.PI * points.size()));
        this.points = points;
        this.options = options;
        this.radius = radius;
        this.epsilon = epsilon;
        this.searches = searches;
        this.obstacles = obstacles;
        this.mergedAway = mergedAway;
        this.memberOf = memberOf;
        this.barriers = barriers;
        int n = points.size();
        this.slopeX = new double[n];
        this.slopeY = new double[n];
    }

    /**
     * The second half of the fit, run by {@link ShepardInterpolator} before it hands the surface out: the slopes
     * A_i, B_i of every data point and the slope scale nu (none in IDW mode or without slopes).
     */
    void fitSlopes(Execution execution) {
        if (options.mode() == ShepardOptions.Mode.SYMAP && options.slopes()) {
            computeSlopes(execution);
            this.slopeScale = Double.isNaN(options.slopeScale()) ? derivedSlopeScale() : options.slopeScale();
        } else {
            this.slopeScale = 0;
        }
    }

    @Override
    public FitSummary summary() {
        java.util.Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("mode", options.mode());
        p.put("minNeighbours", options.minNeighbours());
        p.put("maxNeighbours", options.maxNeighbours());
        p.put("radius", radius);
        p.put("direction", options.direction());
        p.put("slopes", options.slopes());
        if (slopeScale > 0) {
            p.put("slopeScale", slopeScale);
        }
        p.put("exponent", options.exponent());
        java.util.List<String> warnings = mergedAway > 0
                ? java.util.List.of(mergedAway + " points at the location of another (within " + epsilon
                        + ") were merged into it with the mean value, as Shepard prescribes")
                : java.util.List.of();
        return new FitSummary(points.size(), mergedAway, p, warnings);
    }

    /** The data points after merging coincident ones. */
    public PointSet points() {
        return points;
    }

    /** Number of input points merged into others because they coincided (within epsilon). */
    public int mergedAway() {
        return mergedAway;
    }

    /** The search radius r used (given or derived from {@code pi r^2 = 7 A / N}). */
    public double radius() {
        return radius;
    }

    /** The slope scale nu used (given or derived); 0 when slopes are off or the data are constant. */
    public double slopeScale() {
        return slopeScale;
    }

    public double epsilon() {
        return epsilon;
    }

    /** Desired slope A_i (dz/dx) at data point i; 0 when slopes are off. */
    public double slopeX(int i) {
        return slopeX[i];
    }

    /** Desired slope B_i (dz/dy) at data point i; 0 when slopes are off. */
    public double slopeY(int i) {
        return slopeY[i];
    }

    @Override
    public double value(double x, double y) {
        return new Evaluator().value(x, y);
    }

    /**
     * Leave-one-out without refitting: each location's value from the other points is the SYMAP (or IDW) value
     * found without its points, with the slopes of the neighbours whose own slope neighbourhood held them
     * recomputed ({@link ShepardLeaveOneOut}). Equals a refit with this surface's radius and slope scale.
     */
    @Override
    public Predictions predictLeaveOneOut(PointSet data, LocationGroups groups, int[] targets, Execution execution) {
        return new ShepardLeaveOneOut(this, data, groups).predict(targets, execution);
    }

    /** A new evaluator for one thread (leave-one-out). */
    Evaluator evaluator() {
        return new Evaluator();
    }

    ShepardOptions options() {
        return options;
    }

    /** For each input point of the fit, the merged point it went into. */
    int[] memberOf() {
        return memberOf;
    }

    /** The barriers of the fit, or null. */
    BarrierSet barriers() {
        return barriers;
    }

    @Override
    public RowEvaluator rowEvaluator() {
        return new Evaluator();
    }

    /** The grid path in double precision, for tests that compare it with a slow evaluation. */
    double[] evaluateRowInDouble(GridSpec grid, int row) {
        return java.util.Arrays.copyOf(new Evaluator().evaluateBlock(grid, row, row + 1), grid.width());
    }

    /** nu = 0.1 (max z - min z) / max_i sqrt(A_i^2 + B_i^2); 0 when all slopes or the value range vanish. */
    private double derivedSlopeScale() {
        double max = 0;
        for (int i = 0; i < slopeX.length; i++) {
            max = Math.max(max, slopeX[i] * slopeX[i] + slopeY[i] * slopeY[i]);
        }
        double range = points.maxValue() - points.minValue();
        return max > 0 ? 0.1 * range / Math.sqrt(max) : 0;
    }

    /** Data points per task of {@link #computeSlopes}. */
    private static final int SLOPES_PER_BLOCK = 1024;

    /**
     * The slopes of all data points, in blocks on the common fork-join pool (each slope depends only on the data,
     * so the order does not matter and the results are those of one loop). With barriers the slopes are a
     * neighbour search with path searches per data point: on one thread the fit of 10,000 points with 100 barrier
     * lines took as long as a 200 x 200 grid on two.
     */
    private void computeSlopes(Execution execution) {
        int n = points.size();
        execution.forEachBlock("Shepard fit", (n + SLOPES_PER_BLOCK - 1) / SLOPES_PER_BLOCK, Evaluator::new, (e, b) -> {
            for (int i = b * SLOPES_PER_BLOCK, end = Math.min(n, i + SLOPES_PER_BLOCK); i < end; i++) {
                e.slope(i);
            }
        });
    }

    /** Scratch space of one thread; evaluates f(P) without allocating. */
    final class Evaluator implements RowEvaluator {
        private final NeighbourSearch search = searches.get();
        private final ObstacleTest obstacle = obstacles.get();
        /**
         * Neighbours to find: the full method needs the point after C' for r'; plain IDW does not (its weights are
         * 1/d^u over C' alone), and one neighbour less took 5 % off its grid time.
         */
        private final int k =
                options.mode() == ShepardOptions.Mode.IDW ? options.maxNeighbours() : options.maxNeighbours() + 1;

        /** Found neighbours; longer than k + 1 once leave-one-out has asked for more (see {@link #ensure}). */
        private int[] index = new int[k + 1];

        private double[] distance = new double[k + 1];
        private final double[] s = new double[k + 1];
        private final double[] ux = new double[k + 1];
        private final double[] uy = new double[k + 1];
        private final double[] x = points.x();
        private final double[] y = points.y();
        private final double[] z = points.values();
        private double[] blockBuffer = new double[0];
        /** Result of {@link #select}: size of C' and r'. */
        private int selected;

        private double rPrime;

        @Override
        public void evaluateRow(GridSpec grid, int row, float[][] out) {
            evaluateRows(grid, row, row + 1, out);
        }

        @Override
        public void evaluateRows(GridSpec grid, int fromRow, int toRow, float[][] out) {
            double[] values = evaluateBlock(grid, fromRow, toRow);
            float[] band = out[0];
            int base = fromRow * grid.width();
            for (int i = 0, cells = (toRow - fromRow) * grid.width(); i < cells; i++) {
                band[base + i] = (float) values[i];
            }
        }

        /**
         * Rows [fromRow, toRow) in double precision, row-major from fromRow. Walks the block in tiles about one
         * neighbour distance wide, announcing each to the neighbour search, which gathers candidates once per tile
         * rather than once per cell. Tiles of the grid evaluator's 4 rows by about 12 columns (100,000 points on a
         * 2000 x 2000 grid) share one candidate search among 48 cells instead of the 12 of a one-row segment: the
         * IDW benchmark's CPU time went from 3.0 to 1.9 s. (Taller blocks, 8 to 16 rows, measured no better.)
         */
        double[] evaluateBlock(GridSpec grid, int fromRow, int toRow) {
            int width = grid.width();
            int cells = (toRow - fromRow) * width;
            if (blockBuffer.length < cells) {
                blockBuffer = new double[cells];
            }
            double cw = grid.cellWidth();
            double ch = grid.cellHeight();
            int tileWidth = (int) Math.max(1, Math.min(64, neighbourSpacing / cw));
            int tileHeight = (int) Math.max(1, Math.min(64, neighbourSpacing / ch));
            for (int top = fromRow; top < toRow; top += tileHeight) {
                int bottom = Math.min(toRow, top + tileHeight);
                double hy = (bottom - 1 - top) * 0.5 * ch;
                double cy = grid.y(top) - hy;
                for (int left = 0; left < width; left += tileWidth) {
                    int right = Math.min(width, left + tileWidth);
                    double hx = (right - 1 - left) * 0.5 * cw;
                    search.prepare(grid.x(left) + hx, cy, Math.hypot(hx, hy), k);
                    for (int row = top; row < bottom; row++) {
                        double py = grid.y(row);
                        int base = (row - fromRow) * width;
                        for (int col = left; col < right; col++) {
                            blockBuffer[base + col] = value(grid.x(col), py);
                        }
                    }
                }
            }
            return blockBuffer;
        }

        double value(double px, double py) {
            if (obstacle.inside(px, py)) {
                return Double.NaN;
            }
            return value(px, py, search.nearest(px, py, k, index, distance), epsilon, null, 0);
        }

        /**
         * The value at (px, py) from its {@code found} nearest points in index and distance: NaN when there are
         * none, the mean of those closer than {@code eps}, else the mode's function over C'. With {@code left} (a
         * fit without those merged points, {@link #valueWithout}) each neighbour's slope is the one without them;
         * with null, the fitted slopes.
         */
        private double value(double px, double py, int found, double eps, int[] left, int leftCount) {
            if (found == 0) {
                return Double.NaN;
            }
            if (distance[0] < eps) {
                return coincidentMean(found, eps);
            }
            select(found);
            if (options.mode() == ShepardOptions.Mode.IDW) {
                return inverseDistance();
            }
            if (left == null || !(slopeScale > 0)) {
                return symap(px, py, 0, selected, null, null);
            }
            return symapWithout(px, py, left, leftCount);
        }

        /** The mean value of the found points closer than {@code eps} (they come first: sorted by distance). */
        private double coincidentMean(int found, double eps) {
            double sum = 0;
            int n = 0;
            while (n < found && distance[n] < eps) {
                sum += z[index[n++]];
            }
            return sum / n;
        }

        /** The paper's C' (the first {@code selected} found points) and r', from the sorted distances. */
        private void select(int found) {
            int min = options.minNeighbours();
            int max = options.maxNeighbours();
            int inRadius = 0;
            while (inRadius < found && distance[inRadius] <= radius) {
                inRadius++;
            }
            if (inRadius <= min) {
                selected = Math.min(min, found);
                rPrime = found > selected ? distance[selected] : Double.POSITIVE_INFINITY;
            } else if (inRadius <= max) {
                selected = inRadius;
                rPrime = radius;
            } else {
                selected = max;
                rPrime = distance[max];
            }
        }

        /** f1 with exponent u over C'. */
        private double inverseDistance() {
            double u = options.exponent();
            double num = 0;
            double den = 0;
            for (int i = 0; i < selected; i++) {
                double w = u == 2.0 ? 1.0 / (distance[i] * distance[i]) : Math.pow(distance[i], -u);
                num += w * z[index[i]];
                den += w;
            }
            return num / den;
        }

        /**
         * The weighted mean over found points [from, to) of C' at P: direction term, slope increments.
         * {@code from = 1} skips the reference data point itself when computing slopes.
         *
         * @param ax null for the fitted slopes, else the slope A of the found point at position i in {@code ax[i]}
         *     (leave-one-out: slopes recomputed without the left-out location); likewise {@code ay}
         */
        private double symap(double px, double py, int from, int to, double[] ax, double[] ay) {
            double sumS = weights(px, py, from, to);
            if (sumS == 0) {
                // every member of C' sits exactly at r' (lattice ties): use the r' -> infinity limit s = 1/d
                for (int i = from; i < to; i++) {
                    s[i] = 1.0 / distance[i];
                }
                sumS = directionSums(from, to);
            }
            double num = 0;
            double den = 0;
            for (int i = from; i < to; i++) {
                double w = s[i] * s[i] * (1 + direction(i, sumS));
                int d = index[i];
                double sx = ax == null ? slopeX[d] : ax[i];
                double sy = ay == null ? slopeY[d] : ay[i];
                double dz = slopeScale > 0
                        ? (sx * (px - x[d]) + sy * (py - y[d])) * slopeScale / (slopeScale + distance[i])
                        : 0;
                num += w * (z[d] + dz);
                den += w;
            }
            return num / den;
        }

        private double vx;
        private double vy;

        /** s_i and the unit vectors from D_i to P; returns S = sum s_i and leaves V = sum s_i u_i in (vx, vy). */
        private double weights(double px, double py, int from, int to) {
            for (int i = from; i < to; i++) {
                int d = index[i];
                double dx = px - x[d];
                double dy = py - y[d];
                double g = Math.sqrt(dx * dx + dy * dy);
                ux[i] = dx / g;
                uy[i] = dy / g;
                s[i] = s(distance[i], rPrime);
            }
            return directionSums(from, to);
        }

        private double directionSums(int from, int to) {
            double sumS = 0;
            vx = 0;
            vy = 0;
            for (int i = from; i < to; i++) {
                sumS += s[i];
                vx += s[i] * ux[i];
                vy += s[i] * uy[i];
            }
            return sumS;
        }

        /** t_i = 1 - u_i . V / S, or 0 without the direction term. */
        private double direction(int i, double sumS) {
            return options.direction() ? 1 - (ux[i] * vx + uy[i] * vy) / sumS : 0;
        }

        /**
         * A_i, B_i at data point i: w-weighted means over C' at P = D_i, without D_i itself, of the divided
         * differences {@code (z_j - z_i)(x_j - x_i) / d(D_i, D_j)^2} (resp. y). The paper writes C_{D_i}; its w_j
         * are defined only relative to C' and r', and the plain radius set may be empty, so C' is used.
         */
        void slope(int i) {
            int found = search.nearest(x[i], y[i], k, index, distance);
            slopeFrom(i, found);
            slopeX[i] = slopeA;
            slopeY[i] = slopeB;
        }

        /** Result of {@link #slopeFrom}. */
        private double slopeA;

        private double slopeB;

        /**
         * The slope of data point i from its {@code found} nearest points in {@link #index} and {@link #distance}
         * (i itself first), into {@link #slopeA} and {@link #slopeB}; 0 when C' holds no other point.
         */
        private void slopeFrom(int i, int found) {
            double px = x[i];
            double py = y[i];
            slopeA = 0;
            slopeB = 0;
            // the point itself comes first at distance 0 (coincident points are merged, so nothing else is at 0)
            select(found);
            if (selected < 2) {
                return;
            }
            double sumS = weights(px, py, 1, selected);
            if (sumS == 0) {
                for (int j = 1; j < selected; j++) {
                    s[j] = 1.0 / distance[j];
                }
                sumS = directionSums(1, selected);
            }
            double a = 0;
            double b = 0;
            double den = 0;
            for (int j = 1; j < selected; j++) {
                // u_j points from D_j to D_i; the divided differences need D_j - D_i, hence the minus signs
                double w = s[j] * s[j] * (1 + direction(j, sumS));
                int d = index[j];
                double d2 = distance[j] * distance[j];
                a += w * (z[d] - z[i]) * (x[d] - px) / d2;
                b += w * (z[d] - z[i]) * (y[d] - py) / d2;
                den += w;
            }
            slopeA = a / den;
            slopeB = b / den;
        }

        // ---- leave-one-out: the value at a data location of the surface fitted without that location ----

        /** C' of the location being predicted while its members' slopes are recomputed, and those slopes. */
        private int[] keptIndex = new int[0];

        private double[] keptDistance = new double[0];
        private double[] keptSlopeX = new double[0];
        private double[] keptSlopeY = new double[0];

        /**
         * The value at (px, py) of this surface refitted without the merged points {@code left[0..leftCount)} (and
         * the same radius, slope scale and options): the neighbours found without them, and the slope of each
         * neighbour recomputed without them where they were among the points its slope was estimated from. Every
         * other neighbour's slope is the fitted one, since a slope depends only on its point's own neighbours.
         *
         * @param eps the coincidence distance the refit uses (its own, from its bounding box)
         */
        double valueWithout(double px, double py, int[] left, int leftCount, double eps) {
            if (obstacle.inside(px, py)) {
                return Double.NaN;
            }
            return value(px, py, nearestWithout(px, py, k, left, leftCount), eps, left, leftCount);
        }

        /**
         * SYMAP over the selected C' with each neighbour's slope as the fit without {@code left} has it (recomputed
         * where its own neighbours included them).
         */
        private double symapWithout(double px, double py, int[] left, int leftCount) {
            int kept = selected;
            double keptRPrime = rPrime;
            if (keptIndex.length < kept) {
                keptIndex = new int[kept];
                keptDistance = new double[kept];
                keptSlopeX = new double[kept];
                keptSlopeY = new double[kept];
            }
            System.arraycopy(index, 0, keptIndex, 0, kept);
            System.arraycopy(distance, 0, keptDistance, 0, kept);
            for (int i = 0; i < kept; i++) {
                slopeWithout(keptIndex[i], left, leftCount);
                keptSlopeX[i] = slopeA;
                keptSlopeY[i] = slopeB;
            }
            System.arraycopy(keptIndex, 0, index, 0, kept);
            System.arraycopy(keptDistance, 0, distance, 0, kept);
            selected = kept;
            rPrime = keptRPrime;
            return symap(px, py, 0, kept, keptSlopeX, keptSlopeY);
        }

        /**
         * The slope of data point d in the fit without {@code left}: the fitted one when none of them is among the
         * k points its slope used, else recomputed from its k nearest without them.
         */
        private void slopeWithout(int d, int[] left, int leftCount) {
            ensure(k + leftCount);
            int found = search.nearest(x[d], y[d], k + leftCount, index, distance);
            boolean touched = false;
            for (int i = 0, end = Math.min(found, k); i < end && !touched; i++) {
                touched = contains(left, leftCount, index[i]);
            }
            if (!touched) {
                slopeA = slopeX[d];
                slopeB = slopeY[d];
                return;
            }
            slopeFrom(d, dropLeft(found, k, left, leftCount));
        }

        /** Up to {@code want} nearest points to (px, py) other than {@code left}, into index and distance. */
        private int nearestWithout(double px, double py, int want, int[] left, int leftCount) {
            ensure(want + leftCount);
            int found = search.nearest(px, py, want + leftCount, index, distance);
            return dropLeft(found, want, left, leftCount);
        }

        /** Removes {@code left} from the {@code found} neighbours, keeping order; returns at most {@code want}. */
        private int dropLeft(int found, int want, int[] left, int leftCount) {
            int kept = 0;
            for (int i = 0; i < found && kept < want; i++) {
                if (!contains(left, leftCount, index[i])) {
                    index[kept] = index[i];
                    distance[kept++] = distance[i];
                }
            }
            return kept;
        }

        private void ensure(int size) {
            if (index.length < size + 1) {
                index = java.util.Arrays.copyOf(index, size + 1);
                distance = java.util.Arrays.copyOf(distance, size + 1);
            }
        }
    }

    private static boolean contains(int[] a, int count, int v) {
        for (int i = 0; i < count; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }

    /** The paper's s(d) for final radius r'. */
    static double s(double d, double rPrime) {
        if (d <= rPrime / 3) {
            return 1.0 / d;
        }
        if (d <= rPrime) {
            double t = d / rPrime - 1;
            return 27.0 / (4.0 * rPrime) * t * t;
        }
        return 0;
    }
}
