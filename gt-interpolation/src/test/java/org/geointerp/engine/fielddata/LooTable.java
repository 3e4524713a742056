package org.geointerp.engine.fielddata;

import java.util.Map;
import java.util.function.Function;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Surface;

/**
 * Prints the brute-force leave-one-out RMSE of every default on every case, and its ratio to the peer on the same
 * points: gstat's IDW (10 nearest) for all methods, SciPy's CloughTocher (points inside the hull of the others)
 * for Akima. A measuring tool for docs/choosing-a-method.md, not a test. Arguments: a regular expression for the
 * cases, one for the methods (both optional).
 */
public final class LooTable {

    private LooTable() {}

    public static void main(String[] args) {
        Map<String, Function<PointSet, Surface>> methods = DefaultFits.all();
        for (FieldCases.Case c : FieldCases.all()) {
            if (args.length > 0 && !c.name().matches(args[0])) {
                continue;
            }
            PeerReference ref = PeerReference.of(c.name());
            StringBuilder line = new StringBuilder(String.format("%-22s n=%3d", c.name(), c.size()));
            for (Map.Entry<String, Function<PointSet, Surface>> m : methods.entrySet()) {
                if (args.length > 1 && !m.getKey().matches(args[1])) {
                    continue;
                }
                long t0 = System.nanoTime();
                BruteForceLoo.Result r = BruteForceLoo.run(c.points(), m.getValue());
                boolean[] ours = r.hasPrediction();
                line.append(String.format(
                        "  %s %.4f (%d/%d, %.1fs) x%.3f IDW",
                        m.getKey(),
                        r.rmse(),
                        r.predictedCount(),
                        c.size(),
                        (System.nanoTime() - t0) * 1e-9,
                        r.rmse() / ref.rmse(ref.idw10(), ours)));
                if (m.getKey().equals("Akima")) {
                    boolean[] common = and(ours, ref.insideHullOfOthers());
                    line.append(String.format(" x%.3f CT", r.rmse(common) / ref.rmse(ref.cloughTocher(), common)));
                }
            }
            System.out.println(line);
        }
    }

    static boolean[] and(boolean[] a, boolean[] b) {
        boolean[] c = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i] && b[i];
        }
        return c;
    }
}
