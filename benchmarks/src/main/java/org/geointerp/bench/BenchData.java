package org.geointerp.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.geointerp.engine.PointSet;

/** Reproducible benchmark inputs: uniform points in the unit square with Franke's F1 as value. */
public final class BenchData {

    private BenchData() {}

    public static double franke1(double x, double y) {
        return 0.75 * Math.exp(-(Math.pow(9 * x - 2, 2) + Math.pow(9 * y - 2, 2)) / 4)
                + 0.75 * Math.exp(-Math.pow(9 * x + 1, 2) / 49 - (9 * y + 1) / 10)
                + 0.5 * Math.exp(-(Math.pow(9 * x - 7, 2) + Math.pow(9 * y - 3, 2)) / 4)
                - 0.2 * Math.exp(-Math.pow(9 * x - 4, 2) - Math.pow(9 * y - 7, 2));
    }

    public static PointSet uniformFranke(int n, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble();
            y[i] = r.nextDouble();
            v[i] = franke1(x[i], y[i]);
        }
        return PointSet.of2D(x, y, v);
    }

    /** Writes x,y,value CSV (what gdal_grid and SciPy read in the peer scripts). */
    public static void writeCsv(PointSet p, Path file) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
            w.println("x,y,value");
            for (int i = 0; i < p.size(); i++) {
                w.println(p.x()[i] + "," + p.y()[i] + "," + p.values()[i]);
            }
        }
    }
}
