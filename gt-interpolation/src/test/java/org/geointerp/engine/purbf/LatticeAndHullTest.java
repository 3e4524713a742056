package org.geointerp.engine.purbf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.geointerp.engine.PointSet;
import org.junit.jupiter.api.Test;

/** Anchored patch lattices and the 3D convex hull domain. */
class LatticeAndHullTest {

    @Test
    void givenSpacingPutsCentresOnMultiplesOfIt() {
        PointSet pts = PaperCases.frankeSet(PaperCases.points("disk", 706));
        double s = 0.07;
        PuRbfModel m = PartitionOfUnityRbf.fit(pts, PuRbfOptions.defaults().withPatchSpacing(s));
        for (int j = 0; j < m.patchCount(); j++) {
            for (double c : m.centre(j)) {
                assertEquals(Math.round(c / s) * s, c, 1e-12);
            }
        }
    }

    @Test
    void overlappingSubsetsShareTheirInteriorPatches() {
        // two "tiles" of the same data: where both see all points of a patch, the patch is the same
        double[][] axes = PaperCases.halton("hexagon", 2500);
        double[] v = PaperCases.franke(axes);
        PuRbfOptions o = PuRbfOptions.defaults()
                .withKernel(Kernel.WENDLAND_C4, 0.3, KernelScale.PATCH)
                .withPatchSpacing(0.05)
                .withDomain(Domain.everywhere(2), false);
        PuRbfModel left = PartitionOfUnityRbf.fit(subset(axes, v, 0, 0.7), o);
        PuRbfModel right = PartitionOfUnityRbf.fit(subset(axes, v, 0.3, 1), o);
        for (double y = 0.1; y < 0.9; y += 0.037) {
            assertEquals(left.value(0.5, y), right.value(0.5, y), 1e-12, "at y=" + y);
        }
    }

    /**
     * The same with exactAtData, on dense data whose values jump by 1000 near one edge: each patch decides how far to
     * steepen from its own points only, so a patch both tiles see completely is solved alike (a tolerance taken
     * over all the data a tile sees would differ between the tiles: found in review, 1.6e-5 apart).
     */
    @Test
    void overlappingSubsetsShareTheirInteriorPatchesWithExactAtData() {
        Random r = new Random(9);
        int n = 20_000;
        double[][] axes = new double[2][n];
        for (int i = 0; i < n; i++) {
            axes[0][i] = r.nextDouble();
            axes[1][i] = r.nextDouble();
        }
        double[] v = PaperCases.franke(axes);
        for (int i = 0; i < n; i++) {
            v[i] += axes[0][i] > 0.9 ? 1000 : 0;
        }
        PuRbfOptions o = PuRbfOptions.defaults()
                .withKernel(Kernel.GAUSSIAN, 0.7, KernelScale.PATCH)
                .withPatchSpacing(0.02)
                .withDomain(Domain.everywhere(2), false)
                .withExactAtData(true);
        PuRbfModel left = PartitionOfUnityRbf.fit(subset(axes, v, 0, 0.7), o);
        PuRbfModel right = PartitionOfUnityRbf.fit(subset(axes, v, 0.3, 1), o);
        assertTrue(right.report().steepenedPatches() > 0, right.report()::toString);
        for (double x = 0.45; x <= 0.55; x += 0.013) {
            for (double y = 0.1; y < 0.9; y += 0.037) {
                assertEquals(left.value(x, y), right.value(x, y), 1e-12, "at " + x + "," + y);
            }
        }
    }

    private static PointSet subset(double[][] axes, double[] v, double xFrom, double xTo) {
        int n = 0;
        double[] x = new double[v.length];
        double[] y = new double[v.length];
        double[] w = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            if (axes[0][i] >= xFrom && axes[0][i] <= xTo) {
                x[n] = axes[0][i];
                y[n] = axes[1][i];
                w[n++] = v[i];
            }
        }
        return PointSet.of2D(
                java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n), java.util.Arrays.copyOf(w, n));
    }

    @Test
    void hull3DContainsTheDataAndExcludesPointsOutsideTheTrueDomain() {
        double[][] axes = PaperCases.points("pyramid", 335);
        PointSet pts = new PointSet(axes, new double[axes[0].length]);
        ConvexPolytope hull = ConvexHulls.of(pts, 1e-12);
        ConvexPolytope pyramid = PaperCases.domain("pyramid", 0);
        double[] p = new double[3];
        for (int i = 0; i < axes[0].length; i++) {
            for (int a = 0; a < 3; a++) {
                p[a] = axes[a][i];
            }
            assertTrue(hull.contains(p), "data point " + i);
        }
        Random random = new Random(3);
        int inside = 0;
        for (int i = 0; i < 20000; i++) {
            for (int a = 0; a < 3; a++) {
                p[a] = random.nextDouble();
            }
            if (hull.contains(p)) {
                inside++;
                assertTrue(pyramid.contains(p), "hull point outside the pyramid");
            }
        }
        // the hull of 335 points fills most of the pyramid's volume 1/3
        assertTrue(inside > 0.2 * 20000 && inside < 20000 / 3.0, "inside " + inside);
        assertFalse(hull.contains(new double[] {0.5, 0.5, 1.2}));
    }
}
