package org.geointerp.engine.akima;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.geointerp.engine.PointSet;
import org.junit.jupiter.api.Test;

/** The same data in "metres" (coordinates x 1e5 + 5e5) give the same surface, to 1e-9 of the value range. */
class UnitsInvarianceTest {

    @Test
    void scaledAndShiftedCoordinatesGiveTheSameSurface() {
        for (int dps = 1; dps <= 3; dps++) {
            double[][] xy = FrankeData.pointSet(dps);
            int n = xy[0].length;
            double[] z = new double[n];
            double[] mx = new double[n];
            double[] my = new double[n];
            for (int i = 0; i < n; i++) {
                z[i] = FrankeData.FUNCTIONS[0].applyAsDouble(xy[0][i], xy[1][i]);
                mx[i] = xy[0][i] * 1e5 + 5e5;
                my[i] = xy[1][i] * 1e5 + 5e5;
            }
            AkimaSurface unit = new AkimaInterpolator(true).fit(PointSet.of2D(xy[0], xy[1], z));
            AkimaSurface metres = new AkimaInterpolator(true).fit(PointSet.of2D(mx, my, z));
            for (int i = -2; i <= 34; i++) {
                for (int j = -2; j <= 34; j++) {
                    double x = i / 32.0;
                    double y = j / 32.0;
                    double a = unit.value(x, y);
                    double b = metres.value(x * 1e5 + 5e5, y * 1e5 + 5e5);
                    assertEquals(a, b, 1e-9 * 1.3, "DPS" + dps + " at (" + x + ", " + y + ")");
                }
            }
        }
    }
}
