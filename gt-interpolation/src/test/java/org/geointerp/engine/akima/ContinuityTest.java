package org.geointerp.engine.akima;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.geointerp.engine.PointSet;
import org.junit.jupiter.api.Test;

/**
 * No jumps across triangle edges: along every shared edge the two neighbouring patches give the same value, and the
 * surface just left and just right of the edge differs only by the tiny step times the slope.
 */
class ContinuityTest {

    @Test
    void neighbouringPatchesAgreeOnSharedEdges() {
        Random random = new Random(3);
        int n = 400;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble();
            y[i] = random.nextDouble();
            z[i] = FrankeData.FUNCTIONS[0].applyAsDouble(x[i], y[i]);
        }
        AkimaSurface s = new AkimaInterpolator().fit(PointSet.of2D(x, y, z));
        Mesh mesh = s.mesh();
        Frame f = s.frame();
        int edges = 0;
        double worst = 0;
        for (int t = 0; t < mesh.triangleCount(); t++) {
            for (int e = 0; e < 3; e++) {
                int other = mesh.adj[3 * t + e];
                if (other < t) {
                    continue;
                }
                int a = mesh.tri[3 * t + e];
                int b = mesh.tri[3 * t + (e + 1) % 3];
                double ax = f.originX() + mesh.u[a] * f.scale();
                double ay = f.originY() + mesh.v[a] * f.scale();
                double bx = f.originX() + mesh.u[b] * f.scale();
                double by = f.originY() + mesh.v[b] * f.scale();
                for (double w = 0.1; w < 1; w += 0.2) {
                    double px = ax + w * (bx - ax);
                    double py = ay + w * (by - ay);
                    double left = s.patchValue(t, px, py);
                    double right = s.patchValue(other, px, py);
                    worst = Math.max(worst, Math.abs(left - right));
                    // and through the public surface, a hair to either side of the edge
                    double nx = -(by - ay) * 1e-9;
                    double ny = (bx - ax) * 1e-9;
                    assertEquals(s.value(px + nx, py + ny), s.value(px - nx, py - ny), 1e-7);
                }
                edges++;
            }
        }
        assertTrue(edges > 1000, "checked " + edges + " edges");
        assertTrue(worst < 1e-12, "largest jump across an edge: " + worst);
    }
}
