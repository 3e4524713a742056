package org.geointerp.engine.fielddata;

import java.util.Map;
import java.util.function.Function;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Surface;

/** Prints the brute-force leave-one-out RMSE of every default on every case (a measuring tool, not a test). */
public final class LooTable {

    private LooTable() {}

    public static void main(String[] args) {
        Map<String, Function<PointSet, Surface>> methods = Methods.defaults();
        for (FieldCases.Case c : FieldCases.all()) {
            if (args.length > 0 && !c.name().matches(args[0])) {
                continue;
            }
            StringBuilder line = new StringBuilder(String.format("%-22s n=%3d", c.name(), c.size()));
            for (Map.Entry<String, Function<PointSet, Surface>> m : methods.entrySet()) {
                long t0 = System.nanoTime();
                BruteForceLoo.Result r = BruteForceLoo.run(c.points(), m.getValue());
                line.append(String.format(
                        "  %s %.4f (%d/%d, %.1fs)",
                        m.getKey(), r.rmse(), r.predictedCount(), c.size(), (System.nanoTime() - t0) * 1e-9));
            }
            System.out.println(line);
        }
    }
}
