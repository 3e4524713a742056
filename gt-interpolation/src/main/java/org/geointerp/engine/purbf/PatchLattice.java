package org.geointerp.engine.purbf;

import java.util.Arrays;
import org.geointerp.engine.PointSet;

/**
 * The centres and the common radius of the partition-of-unity patches: a regular lattice, reduced to the centres
 * near the domain.
 *
 * <p>Automatic lattice (the paper's Stage 2 and 4, scaled from [0,1]^N to a box with sides {@code L_a}): aim at
 * {@code d = n / pointsPerPatch} kept centres (the paper's {@code n / d ~ 2^(N+1)}); since only centres in the
 * domain are kept, the lattice over the whole box gets {@code D = d / f} points, {@code f} the kept fraction
 * (measured on the lattice itself, two refinements). With cell size {@code s = (prod L_a / D)^(1/N)} each axis
 * gets {@code q_a = round(L_a / s)} equally spaced centres including both ends of the box (Matlab's
 * {@code linspace}), and the radius is {@code radiusFactor * max_a L_a / q_a}: on the unit cube with the default
 * factor this is the paper's {@code sqrt(2) / D^(1/N)}.
 *
 * <p>Anchored lattice (a spacing {@code s} given): centres at integer multiples of {@code s} on every axis,
 * covering the box with spare layers as deep as the fit radius, radius {@code radiusFactor * s}. The centres depend only on {@code s}
 * and the coordinate origin, not on which points a tile sees.
 */
final class PatchLattice {

    /** Refuse lattices beyond this many points: a spacing far too small for the data's extent. */
    private static final long MAX_LATTICE = 50_000_000L;

    final int dim;
    /** Kept centres, interleaved: centre j, axis a at {@code [j * dim + a]}. */
    final double[] centres;

    final int count;
    final double radius;
    /** Longest side of the lattice box: the unit of {@link KernelScale#BOX}. */
    final double boxLength;

    private PatchLattice(int dim, double[] centres, int count, double radius, double boxLength) {
        this.dim = dim;
        this.centres = centres;
        this.count = count;
        this.radius = radius;
        this.boxLength = boxLength;
    }

    static PatchLattice build(PointSet points, PuRbfOptions o, Domain domain) {
        int dim = points.dimension();
        double[] lo = new double[dim];
        double[] hi = new double[dim];
        for (int a = 0; a < dim; a++) {
            double[] r = points.range(a);
            lo[a] = o.boxMin() == null ? r[0] : Math.min(r[0], o.boxMin()[a]);
            hi[a] = o.boxMax() == null ? r[1] : Math.max(r[1], o.boxMax()[a]);
        }
        double boxLength = 0;
        for (int a = 0; a < dim; a++) {
            boxLength = Math.max(boxLength, hi[a] - lo[a]);
        }
        if (!(boxLength > 0)) {
            throw new IllegalArgumentException("points: all points share one location");
        }
        return Double.isNaN(o.patchSpacing())
                ? automatic(points.size(), lo, hi, boxLength, o, domain)
                : anchored(lo, hi, boxLength, o, domain);
    }

    private static PatchLattice automatic(
            int n, double[] lo, double[] hi, double boxLength, PuRbfOptions o, Domain domain) {
        int dim = lo.length;
        double perPatch = Double.isNaN(o.pointsPerPatch()) ? Math.pow(2, dim + 1) : o.pointsPerPatch();
        double target = Math.max(1, n / perPatch);
        double fraction = 1;
        PatchLattice result = null;
        for (int iteration = 0; iteration < 3; iteration++) {
            double wanted = target / fraction;
            // cell size over the axes that have extent; a flat axis gets a single layer of centres
            double volume = 1;
            int spanned = 0;
            for (int a = 0; a < dim; a++) {
                if (hi[a] - lo[a] > 1e-12 * boxLength) {
                    volume *= hi[a] - lo[a];
                    spanned++;
                }
            }
            double s = Math.pow(volume / wanted, 1.0 / spanned);
            int[] q = new int[dim];
            double[][] axes = new double[dim][];
            double cell = 0;
            for (int a = 0; a < dim; a++) {
                double len = hi[a] - lo[a];
                q[a] = len > 1e-12 * boxLength ? (int) Math.max(1, Math.round(len / s)) : 1;
                axes[a] = new double[q[a]];
                for (int i = 0; i < q[a]; i++) {
                    axes[a][i] = q[a] == 1 ? 0.5 * (lo[a] + hi[a]) : lo[a] + i * len / (q[a] - 1);
                }
                cell = Math.max(cell, len / q[a]);
            }
            double radius = o.radiusFactor() * cell;
            result = keep(axes, radius, boxLength, o.centreMargin(), domain);
            long total = total(axes);
            if (result.count == 0) {
                // a small domain between the lattice's points: refine until some centre falls inside
                fraction /= 2;
                iteration--;
                continue;
            }
            double kept = result.count;
            if (Math.abs(kept / total - fraction) < 1e-3 * fraction) {
                break;
            }
            fraction = kept / total;
        }
        return result;
    }

    private static PatchLattice anchored(double[] lo, double[] hi, double boxLength, PuRbfOptions o, Domain domain) {
        int dim = lo.length;
        double s = o.patchSpacing();
        // Spare layers beyond the data's box: every centre whose fit radius reaches a data point. A tile that reads
        // the data within its reach then has every centre the whole data set has near the tile, whatever the
        // extent of the points it was given.
        long spare = (long) Math.ceil(o.radiusFactor() * o.effectiveFitRadiusRatio(dim)) + 1;
        double[][] axes = new double[dim][];
        long total = 1;
        for (int a = 0; a < dim; a++) {
            long from = (long) Math.floor(lo[a] / s) - spare;
            long to = (long) Math.ceil(hi[a] / s) + spare;
            total *= to - from + 1;
            if (total > MAX_LATTICE) {
                throw new IllegalArgumentException("patchSpacing: " + s + " is too small for the data's extent ("
                        + boxLength + "): more than " + MAX_LATTICE + " patch centres");
            }
            axes[a] = new double[(int) (to - from + 1)];
            for (long i = from; i <= to; i++) {
                axes[a][(int) (i - from)] = i * s;
            }
        }
        PatchLattice lattice = keep(axes, o.radiusFactor() * s, boxLength, o.centreMargin(), domain);
        if (lattice.count == 0) {
            throw new IllegalArgumentException("patchSpacing: no patch centre lies in the domain; the domain is "
                    + "thinner than the spacing " + s + " (give a smaller patchSpacing)");
        }
        return lattice;
    }

    private static long total(double[][] axes) {
        long t = 1;
        for (double[] ax : axes) {
            t *= ax.length;
        }
        return t;
    }

    /** Enumerates the lattice (first axis fastest) and keeps the centres near the domain. */
    private static PatchLattice keep(double[][] axes, double radius, double boxLength, double margin, Domain domain) {
        int dim = axes.length;
        long total = total(axes);
        if (total > MAX_LATTICE) {
            throw new IllegalArgumentException("pointsPerPatch: more than " + MAX_LATTICE + " patch centres");
        }
        double[] kept = new double[dim * 64];
        int count = 0;
        int[] idx = new int[dim];
        double[] c = new double[dim];
        for (long k = 0; k < total; k++) {
            for (int a = 0; a < dim; a++) {
                c[a] = axes[a][idx[a]];
            }
            boolean near = margin > 0 ? domain.distanceOutside(c) <= margin * radius : domain.contains(c);
            if (near) {
                if ((count + 1) * dim > kept.length) {
                    kept = Arrays.copyOf(kept, kept.length * 2);
                }
                System.arraycopy(c, 0, kept, count * dim, dim);
                count++;
            }
            for (int a = 0; a < dim && ++idx[a] == axes[a].length; a++) {
                idx[a] = 0;
            }
        }
        return new PatchLattice(dim, Arrays.copyOf(kept, count * dim), count, radius, boxLength);
    }
}
