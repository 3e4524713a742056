package org.geointerp.engine.clusterpolate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geointerp.engine.PointSet;

/** Reads the package's reference outputs from {@code src/test/resources/clusterpolate/}. */
final class ReferenceData {

    private ReferenceData() {}

    /** Numeric columns of a CSV with a header line, one double[] per row. */
    static List<double[]> csv(String name) {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = open(name)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                double[] row = new double[f.length];
                for (int i = 0; i < f.length; i++) {
                    row[i] = Double.parseDouble(f[i].strip());
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** A {@code x,y,value} file as a point set. */
    static PointSet points(String name) {
        List<double[]> rows = csv(name);
        int n = rows.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rows.get(i)[0];
            y[i] = rows.get(i)[1];
            z[i] = rows.get(i)[2];
        }
        return PointSet.of2D(x, y, z);
    }

    /** The {@code key=value} pairs of {@code demo_params.txt}. */
    static Map<String, String> params(String name) {
        Map<String, String> params = new HashMap<>();
        try (BufferedReader in = open(name)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                for (String pair : line.trim().split("\\s+")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        params.put(pair.substring(0, eq), pair.substring(eq + 1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return params;
    }

    private static BufferedReader open(String name) {
        InputStream s = ReferenceData.class.getResourceAsStream("/clusterpolate/" + name);
        if (s == null) {
            throw new IllegalStateException("missing test resource clusterpolate/" + name);
        }
        return new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8));
    }
}
