package org.geointerp.engine.akima;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/** Franke's test procedure (Akima 1996, Appendix C): point sets, the six functions and the paper's Table I. */
final class FrankeData {

    private FrankeData() {}

    static final DoubleBinaryOperator[] FUNCTIONS = {
        (x, y) -> 0.75 * Math.exp(-((9 * x - 2) * (9 * x - 2) + (9 * y - 2) * (9 * y - 2)) / 4)
                + 0.75 * Math.exp(-((9 * x + 1) * (9 * x + 1)) / 49 - (9 * y + 1) / 10)
                + 0.5 * Math.exp(-((9 * x - 7) * (9 * x - 7) + (9 * y - 3) * (9 * y - 3)) / 4)
                - 0.2 * Math.exp(-(9 * x - 4) * (9 * x - 4) - (9 * y - 7) * (9 * y - 7)),
        (x, y) -> (Math.tanh(9 * y - 9 * x) + 1) / 9,
        (x, y) -> (1.25 + Math.cos(5.4 * y)) / (6 * (1 + (3 * x - 1) * (3 * x - 1))),
        (x, y) -> Math.exp(-81 * ((x - 0.5) * (x - 0.5) + (y - 0.5) * (y - 0.5)) / 16) / 3,
        (x, y) -> Math.exp(-81 * ((x - 0.5) * (x - 0.5) + (y - 0.5) * (y - 0.5)) / 4) / 3,
        (x, y) -> Math.sqrt(64 - 81 * ((x - 0.5) * (x - 0.5) + (y - 0.5) * (y - 0.5))) / 9 - 0.5,
    };

    /** Rows of a CSV resource in the franke folder, header skipped. */
    static List<double[]> csv(String name) {
        InputStream in = FrankeData.class.getResourceAsStream("/franke/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource /franke/" + name);
        }
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                double[] row = new double[f.length];
                for (int i = 0; i < f.length; i++) {
                    row[i] = Double.parseDouble(f[i].trim());
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Point set {@code dps} (1..3) as {x[], y[]}. */
    static double[][] pointSet(int dps) {
        List<double[]> rows = csv("dps" + dps + ".csv");
        double[] x = new double[rows.size()];
        double[] y = new double[rows.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = rows.get(i)[0];
            y[i] = rows.get(i)[1];
        }
        return new double[][] {x, y};
    }
}
