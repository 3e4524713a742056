package org.geointerp.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;

/**
 * Scattered observations in UTM 33N (EPSG:32633, metres) over a 10 km x 8 km box, with the
 * smooth value v = x_km + y_km / 2 + sin(x_km) so every method has something to reproduce.
 */
final class TestPoints {
    static final String CRS = "EPSG:32633";
    static final double MIN_X = 500_000;
    static final double MIN_Y = 4_000_000;
    static final double MAX_X = 510_000;
    static final double MAX_Y = 4_008_000;
    static final int WIDTH = 40;
    static final int HEIGHT = 30;
    static final double NODATA = -9999;

    final ObjectNode geoJson;
    final double minValue;
    final double maxValue;

    TestPoints(int count, long seed) {
        ObjectMapper json = new ObjectMapper();
        geoJson = json.createObjectNode();
        geoJson.put("type", "FeatureCollection");
        geoJson.putObject("crs").put("type", "name").putObject("properties").put("name", CRS);
        ArrayNode features = geoJson.putArray("features");
        Random random = new Random(seed);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            double x = MIN_X + random.nextDouble() * (MAX_X - MIN_X);
            double y = MIN_Y + random.nextDouble() * (MAX_Y - MIN_Y);
            double v = value(x, y);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.putObject("geometry")
                    .put("type", "Point")
                    .putArray("coordinates")
                    .add(x)
                    .add(y);
            f.putObject("properties").put("value", v).put("name", "p" + i);
        }
        minValue = lo;
        maxValue = hi;
    }

    static double value(double x, double y) {
        double xk = (x - MIN_X) / 1000;
        double yk = (y - MIN_Y) / 1000;
        return xk + yk / 2 + Math.sin(xk);
    }

    String text() {
        return geoJson.toString();
    }
}
