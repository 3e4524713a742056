package org.geointerp.engine.purbf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.geointerp.engine.CrossValidation;
import org.geointerp.engine.Execution;
import org.geointerp.engine.InterpolationMethod;
import org.geointerp.engine.LeaveOneOutFitter;
import org.geointerp.engine.LocationGroups;
import org.geointerp.engine.Methods;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Surface;
import org.junit.jupiter.api.Test;

/**
 * PU-RBF leave-one-out against refitting without each location (with the fit's layout, as cross-validation fixes
 * it), on sets where the patches' rules change when a point leaves: clusters with empty space between them (patches
 * grown to their minimum, extended to their fit minimum, dropped on an anchored lattice), near-duplicates, and a
 * well-conditioned setting where the closed form must do nearly all the work.
 */
class PuRbfLeaveOneOutTest {

    /** Clusters of points with gaps between them, some near-duplicate pairs, noisy values. */
    static PointSet clustered(int n, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        double[][] centres = {{0.2, 0.2}, {0.8, 0.3}, {0.5, 0.8}, {0.1, 0.9}};
        for (int i = 0; i < n; i++) {
            if (i % 17 == 16) {
                x[i] = x[i - 1] + 1e-4;
                y[i] = y[i - 1];
            } else if (i % 9 == 0) {
                x[i] = r.nextDouble();
                y[i] = r.nextDouble();
            } else {
                double[] c = centres[i % centres.length];
                x[i] = c[0] + 0.08 * r.nextGaussian();
                y[i] = c[1] + 0.08 * r.nextGaussian();
            }
            z[i] = Math.sin(3 * x[i]) + Math.cos(5 * y[i]) + 0.05 * r.nextGaussian();
        }
        return PointSet.of2D(x, y, z);
    }

    /** Every location of {@code data}, or every {@code step}-th. */
    private static int[] locations(LocationGroups groups, int step) {
        return Arrays.stream(groups.all()).filter(g -> g % step == 0).toArray();
    }

    /**
     * The shortcut's predictions at {@code targets} against refits; returns the shortcut (for its counters) after
     * checking that no location needed a whole refit.
     */
    private static PuRbfLeaveOneOut check(Map<String, Object> values, PointSet data, int step) {
        InterpolationMethod m = Methods.get("PartitionOfUnityRBF");
        Map<String, Object> fixed = new java.util.LinkedHashMap<>(
                m.interpolator(values).fit(data).summary().parameters());
        fixed.putAll(values);
        Surface s = m.interpolator(fixed).fit(data);
        LocationGroups groups = LocationGroups.of(data);
        int[] targets = locations(groups, step);
        PuRbfLeaveOneOut loo = new PuRbfLeaveOneOut(((PuRbfSurface) s).model().members, data, groups);
        var fast = loo.predict(targets, Execution.defaults());
        assertEquals(0, fast.refitted(), values + ": locations refitted");
        double[] slow =
                CrossValidation.refitLeaveOneOut(m.interpolator(fixed), data, groups, targets, Execution.defaults());
        assertEqualsRefits(slow, fast.values(), values.toString());
        // cross-validation's path: the patches without their solves give the same predictions and parameters
        LeaveOneOutFitter.Basis basis =
                ((LeaveOneOutFitter) m.interpolator(fixed)).fitForLeaveOneOut(data, Execution.defaults());
        assertEquals(s.summary().parameters(), basis.parameters(), values + ": parameters");
        assertArrayEquals(
                fast.values(),
                basis.predictor().leaveOneOut(data, groups, targets, Execution.defaults()),
                values + ": from the patches alone");
        return loo;
    }

    /** The shortcut's predictions {@code fast} equal the refits' {@code slow} to 1e-9 (NaN where they are NaN). */
    private static void assertEqualsRefits(double[] slow, double[] fast, String what) {
        int compared = 0;
        for (int i = 0; i < slow.length; i++) {
            assertEquals(Double.isNaN(slow[i]), Double.isNaN(fast[i]), what + " point " + i);
            if (!Double.isNaN(slow[i])) {
                assertEquals(slow[i], fast[i], 1e-9 * Math.max(1, Math.abs(slow[i])), what + " point " + i);
                compared++;
            }
        }
        assertTrue(compared > 0);
    }

    /**
     * Patches too small to cover the domain (radius 0.4 lattice spacings, centres inside the domain only): a left-out
     * point no refitted patch covers takes the nearest patch's interpolant, as the surface does; where that patch
     * held no left-out point it is solved from its points as the fit solved it.
     */
    @Test
    void pointsNoPatchCoversTakeTheNearestPatch() {
        PointSet data = PaperCases.frankeSet(PaperCases.points("disk", 80));
        PuRbfOptions d = PuRbfOptions.defaults();
        PuRbfOptions o = d.withPatches(d.pointsPerPatch(), 0.4, 0, 0)
                .withFitRadiusRatio(1)
                .withMinFitPoints(1);
        PuRbfModel full = PartitionOfUnityRbf.fit(data, o);
        for (int i = 0; i < data.size(); i++) {
            full.value(data.x()[i], data.y()[i]);
        }
        assertTrue(full.uncoveredEvaluations() > 0, "data points no patch covers");
        PuRbfInterpolator pinned = new PuRbfInterpolator(o, full.layout());
        LocationGroups groups = LocationGroups.of(data);
        PuRbfLeaveOneOut loo = new PuRbfLeaveOneOut(full.members, data, groups);
        var fast = loo.predict(groups.all(), Execution.defaults());
        assertEquals(0, fast.refitted());
        assertTrue(loo.nearestSolved.sum() > 0, "nearest patches solved whole");
        assertEqualsRefits(
                CrossValidation.refitLeaveOneOut(pinned, data, groups, groups.all(), Execution.defaults()),
                fast.values(),
                "radius 0.4");
    }

    @Test
    void clustersGrowExtendAndDropPatches() {
        PointSet data = clustered(400, 3);
        PuRbfLeaveOneOut plain = check(Map.of(), data, 1);
        PuRbfLeaveOneOut anchored = check(Map.of("patchSpacing", 0.06), data, 1);
        PuRbfLeaveOneOut smooth = check(Map.of("lambda", 0.001, "kernel", "WENDLAND_C4"), data, 1);
        System.out.printf(
                "PU-RBF leave-one-out on clusters, patch values by closed form / solved again: default %d/%d, anchored"
                        + " %d/%d, C4 with lambda 0.001 %d/%d%n",
                plain.closedForms.sum(),
                plain.solvedAgain.sum(),
                anchored.closedForms.sum(),
                anchored.solvedAgain.sum(),
                smooth.closedForms.sum(),
                smooth.solvedAgain.sum());
        // a well-conditioned fit: patches solved again only where their rules change (grown or extended patches in
        // the gaps, which then reach other points); the closed form does the rest
        assertTrue(smooth.solvedAgain.sum() > 0 && smooth.closedForms.sum() > smooth.solvedAgain.sum());
        // the default (lambda chosen per patch) on clusters this tight: the small candidates' matrices are too close
        // to singular for the closed form to know their scores; those are computed as the refit does, the other
        // candidates' in closed form, and most patch values still come from the closed form
        assertTrue(plain.closedForms.sum() > 2 * plain.solvedAgain.sum());
    }

    @Test
    void largerSetWithSmoothingUsesTheClosedForm() {
        Random r = new Random(5);
        int n = 3000;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1000 + 200 * r.nextDouble();
            y[i] = -500 + 100 * r.nextDouble();
            z[i] = 300 + Math.sin(x[i] / 30) * Math.cos(y[i] / 20) + 0.1 * r.nextGaussian();
        }
        PointSet data = PointSet.of2D(x, y, z);
        PuRbfLeaveOneOut loo = check(Map.of("kernel", "GAUSSIAN", "shapeParameter", 60.0, "lambda", 1e-4), data, 7);
        System.out.printf(
                "PU-RBF leave-one-out, 3000 points, Gaussian: closed form %d, solved again %d%n",
                loo.closedForms.sum(), loo.solvedAgain.sum());
        // patches whose fit minimum brings in another point without the left-out one are solved again
        assertTrue(loo.closedForms.sum() > 2 * loo.solvedAgain.sum());
        PuRbfLeaveOneOut automatic = check(Map.of(), data, 7);
        System.out.printf(
                "PU-RBF leave-one-out, 3000 points, default (lambda chosen per patch): closed form %d (of an augmented"
                        + " set %d), solved again %d (with the known lambda alone %d)%n",
                automatic.closedForms.sum(),
                automatic.closedFormsAugmented.sum(),
                automatic.solvedAgain.sum(),
                automatic.solvedWithChoice.sum());
        assertTrue(automatic.closedForms.sum() > 2 * automatic.solvedAgain.sum());
        // extended patches (fitted to their nearest points) take in the next point without the left-out one: the
        // closed form of the augmented set gives them; patches whose refit chooses a small lambda are solved once
        // with it; both agreed with the refits above
        assertTrue(automatic.closedFormsAugmented.sum() > 0, "augmented closed forms used");
        // patches holding exactly minFit points: the refit's points known without gathering them (each such set is
        // checked against the gather by an assertion, on in tests)
        assertTrue(automatic.augmentedUngathered.sum() > 0, "augmented sets known without a gather");
        assertTrue(automatic.solvedWithChoice.sum() > 0, "known lambda used");
    }
}
