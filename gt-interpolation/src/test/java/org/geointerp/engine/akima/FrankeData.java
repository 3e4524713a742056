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
import org.geointerp.testing.TestFunctions;

/** Franke's test procedure (Akima 1996, Appendix C): point sets, the six functions and the paper's Table I. */
final class FrankeData {

    private FrankeData() {}

    static final DoubleBinaryOperator[] FUNCTIONS = TestFunctions.frankeFunctions();

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
