package org.geointerp.engine.akima;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.geointerp.engine.Execution;
import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A tile fitted to the points within its halo, in the whole data set's frame, equals the whole surface on its cells
 * when the proof says so; a halo too narrow is not proven.
 */
class AkimaTilesTest {

    static final int N = 3000;

    @Test
    void aProvenTileEqualsTheWholeSurface() {
        Random r = new Random(8);
        double[] x = new double[N];
        double[] y = new double[N];
        double[] z = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = 1000 + 2000 * r.nextDouble();
            y[i] = 5000 + 2000 * r.nextDouble();
            z[i] = Math.sin(x[i] / 300) * Math.cos(y[i] / 500);
        }
        PointSet all = PointSet.of2D(x, y, z);
        AkimaOptions.DataFrame frame =
                new AkimaOptions.DataFrame(all.range(0)[0], all.range(1)[0], all.range(0)[1], all.range(1)[1], N);
        Geometry hull = hull(x, y);
        // a tile at the data's lower border and one inside
        for (double[] tile : new double[][] {{1800, 5000, 2200, 5400}, {1800, 5800, 2200, 6200}}) {
            GridSpec cells = new GridSpec(tile[0], tile[1], tile[2], tile[3], 40, 40);
            float[] whole = GridEvaluator.evaluate(new AkimaInterpolator().fit(all), cells, Execution.defaults())[0];
            // the border tile needs the caps of long border triangles' circumcircles inside its halo
            double wide = 800;
            AkimaTiles.Proof proven = proof(all, frame, hull, tile, wide, cells, whole);
            assertTrue(proven.exact(), proven.reason());
            AkimaTiles.Proof narrow = proof(all, frame, hull, tile, 60, cells, null);
            assertFalse(narrow.exact(), "a 60 m halo (about 1.5 point spacings) cannot be proven");
        }
    }

    /** Fits the points in the tile grown by {@code halo}; checks its cells equal {@code whole} when given. */
    private static AkimaTiles.Proof proof(
            PointSet all,
            AkimaOptions.DataFrame frame,
            Geometry hull,
            double[] tile,
            double halo,
            GridSpec cells,
            float[] whole) {
        double[] box = {tile[0] - halo, tile[1] - halo, tile[2] + halo, tile[3] + halo};
        int n = 0;
        double[][] in = new double[3][all.size()];
        for (int i = 0; i < all.size(); i++) {
            double px = all.x()[i];
            double py = all.y()[i];
            if (px >= box[0] && px <= box[2] && py >= box[1] && py <= box[3]) {
                in[0][n] = px;
                in[1][n] = py;
                in[2][n] = all.values()[i];
                n++;
            }
        }
        PointSet part = PointSet.of2D(
                java.util.Arrays.copyOf(in[0], n),
                java.util.Arrays.copyOf(in[1], n),
                java.util.Arrays.copyOf(in[2], n));
        AkimaSurface s = new AkimaInterpolator(AkimaOptions.defaults().withFrame(frame)).fit(part);
        float[] values = GridEvaluator.evaluate(s, cells, Execution.defaults())[0];
        AkimaTiles.Proof p = AkimaTiles.check(s, tile, box, hull, cells, values);
        if (whole != null && p.exact()) {
            for (int i = 0; i < values.length; i++) {
                assertEquals(Float.floatToIntBits(whole[i]), Float.floatToIntBits(values[i]), "cell " + i);
            }
        }
        return p;
    }

    private static Geometry hull(double[] x, double[] y) {
        Coordinate[] c = new Coordinate[x.length];
        for (int i = 0; i < x.length; i++) {
            c[i] = new Coordinate(x[i], y[i]);
        }
        return new GeometryFactory().createMultiPointFromCoords(c).convexHull();
    }
}
