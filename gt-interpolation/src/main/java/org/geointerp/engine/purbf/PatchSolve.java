package org.geointerp.engine.purbf;

import org.geointerp.engine.PointSet;

/**
 * Solves one patch's local interpolant from its points, as the fit does and as leave-one-out redoes for a patch
 * whose points or rules change without the left-out point: the values about their mean (the patch's level), the
 * kernel's factor from the shape and the scale's length, {@link LocalSolver} with its fallbacks. One instance per
 * thread; the results of the last {@link #solve} are its fields.
 */
final class PatchSolve {

    private final LocalSolver solver = new LocalSolver();
    /** The data, the lattice box's longest side ({@link KernelScale#BOX}), and the patch centres, interleaved. */
    private final PointSet pts;

    private final double boxLength;
    private final double[] centres;

    PatchSolve(PointSet pts, double boxLength, double[] centres) {
        this.pts = pts;
        this.boxLength = boxLength;
        this.centres = centres;
    }

    /** The patch's coordinates, interleaved, and its centred values. */
    double[] local;

    double[] values;
    /** The coefficients ({@code coef[0]} the constant's offset for a constant patch). */
    double[] coef;

    int size;
    double level;
    /** The kernel factor used (a steepened one when the solver steepened). */
    double factor;
    /** The patch's constant value when it fell back to one, NaN otherwise. */
    double constant;

    LocalSolver.Status status;
    double deviation;
    /** The smoothing used: the option's, or the one chosen by the patch's leave-one-out (automatic lambda). */
    double lambda;

    /**
     * Solves the patch of points {@code idx[0 .. m)} of the data.
     *
     * @param fitRadius the radius the points were gathered in ({@link KernelScale#PATCH}, steepening's limit)
     * @param centre the index of this patch's centre
     * @param radius the patch's weight radius (an automatic lambda weighs its points by the patch's weight there)
     */
    void solve(int[] idx, int m, PuRbfOptions o, double fitRadius, int centre, double radius) {
        int dim = pts.dimension();
        load(idx, m);
        double tolerance = o.exactAtData() ? PuRbfOptions.EXACT_TOLERANCE : Double.NaN;
        coef = new double[Math.max(1, m)];
        double[] looWeights = o.automaticLambda() ? leaveOneOutWeights(local, m, dim, centres, centre, radius) : null;
        status = solver.solve(
                o.kernel(),
                dim,
                local,
                values,
                baseFactor(o, fitRadius),
                o.lambda(),
                tolerance,
                PartitionOfUnityRbf.STEEPEST_SCALED_RADIUS / fitRadius,
                looWeights,
                coef);
        factor = solver.usedFactor;
        lambda = solver.usedLambda;
        deviation = solver.deviation;
        constant = status == LocalSolver.Status.CONSTANT ? level + coef[0] : Double.NaN;
    }

    /**
     * With an automatic lambda: the leave-one-out scores {@link #solve} would give the candidates {@code which} of
     * {@link LocalSolver#LAMBDAS} on the same points, by the same arithmetic, into {@code scores} (NaN where the
     * matrix does not factor); the others are left as they are. For leave-one-out, which knows the other
     * candidates' scores in closed form but not those of matrices this close to singular.
     *
     * @return false when the values are all equal about their mean (the solve then takes no choice)
     */
    boolean candidateScores(
            int[] idx,
            int m,
            PuRbfOptions o,
            double fitRadius,
            int centre,
            double radius,
            boolean[] which,
            double[] scores) {
        int dim = pts.dimension();
        load(idx, m);
        boolean varies = false;
        for (double v : values) {
            varies |= v != 0;
        }
        if (!varies) {
            return false;
        }
        double[] weights = leaveOneOutWeights(local, m, dim, centres, centre, radius);
        coef = new double[m];
        solver.fillKernel(o.kernel(), dim, local, m, baseFactor(o, fitRadius));
        for (int c = 0; c < which.length; c++) {
            if (which[c]) {
                scores[c] = solver.candidateScore(m, LocalSolver.LAMBDAS[c], values, weights, coef);
            }
        }
        return true;
    }

    /**
     * The kernel factor (shape over length) a patch gathered within {@code fitRadius} starts from: the length is the
     * lattice box's ({@link KernelScale#BOX}) or the fit radius ({@link KernelScale#PATCH}). A solve may steepen it.
     */
    double baseFactor(PuRbfOptions o, double fitRadius) {
        return o.effectiveShape() / (o.scale() == KernelScale.BOX ? boxLength : fitRadius);
    }

    /** The points' coordinates and their values about their mean (the patch's level) into the fields. */
    private void load(int[] idx, int m) {
        int dim = pts.dimension();
        size = m;
        local = new double[m * dim];
        values = new double[m];
        for (int i = 0; i < m; i++) {
            for (int a = 0; a < dim; a++) {
                local[i * dim + a] = pts.coordinate(a)[idx[i]];
            }
            values[i] = pts.values()[idx[i]];
        }
        // the kernels interpolate the values about their mean (see PuRbfModel.level)
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= Math.max(1, m);
        for (int i = 0; i < m; i++) {
            values[i] -= mean;
        }
        level = mean;
    }

    /**
     * The weights an automatic lambda gives each point's leave-one-out error: the patch's weight there, since the
     * patch's interpolant is used only within its radius (and counts there as much as its weight).
     *
     * @param local the patch's points, interleaved
     */
    static double[] leaveOneOutWeights(double[] local, int m, int dim, double[] centres, int centre, double radius) {
        double[] weights = new double[m];
        double r2 = radius * radius;
        for (int i = 0; i < m; i++) {
            double d2 = 0;
            for (int a = 0; a < dim; a++) {
                double t = local[i * dim + a] - centres[centre * dim + a];
                d2 += t * t;
            }
            weights[i] = Weight.of(d2, r2, radius);
        }
        return weights;
    }

    /** The last solve's interpolant, kept apart from this (reused) object. */
    Solved result() {
        return new Solved(local, coef, size, level, factor, constant);
    }

    /** A solved patch's interpolant: its points, coefficients, level and kernel factor, or its constant. */
    record Solved(double[] local, double[] coef, int size, double level, double factor, double constant) {

        /** The interpolant at {@code p}, computed as {@link PuRbfModel#local} does. */
        double value(Kernel kernel, double[] p) {
            return !Double.isNaN(constant)
                    ? constant
                    : PuRbfModel.kernelSum(kernel, local, coef, 0, size, factor, level, p);
        }
    }
}
