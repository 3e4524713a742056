package org.geointerp.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.geointerp.engine.PointSet;
import org.geointerp.testing.TestFunctions;

/** Reproducible benchmark inputs: uniform points in the unit square with Franke's F1 as value. */
public final class BenchData {

    private BenchData() {}

    public static PointSet uniformFranke(int n, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble();
            y[i] = r.nextDouble();
            v[i] = TestFunctions.franke(x[i], y[i]);
        }
        return PointSet.of2D(x, y, v);
    }

    /**
     * {@code count} random barrier polylines in the unit square: three vertices, about {@code length} long, with a
     * bend, as rivers and roads cross a study area.
     */
    public static org.geointerp.engine.barrier.BarrierSet randomLines(int count, double length, long seed) {
        Random r = new Random(seed);
        org.locationtech.jts.geom.GeometryFactory gf = new org.locationtech.jts.geom.GeometryFactory();
        java.util.List<org.locationtech.jts.geom.Geometry> lines = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            double x = r.nextDouble();
            double y = r.nextDouble();
            double a = r.nextDouble() * Math.PI;
            double b = a + (r.nextDouble() - 0.5);
            double h = length / 2;
            lines.add(gf.createLineString(new org.locationtech.jts.geom.Coordinate[] {
                new org.locationtech.jts.geom.Coordinate(x - h * Math.cos(a), y - h * Math.sin(a)),
                new org.locationtech.jts.geom.Coordinate(x, y),
                new org.locationtech.jts.geom.Coordinate(x + h * Math.cos(b), y + h * Math.sin(b))
            }));
        }
        return org.geointerp.engine.barrier.BarrierSet.of(lines, null);
    }

    /**
     * The paper's cylinder: the regular 64-gon inscribed in the circle of radius 1/2 about (1/2, 1/2), times
     * {@code 0 <= z <= 1}, as a domain for the engine.
     */
    public static org.geointerp.engine.purbf.ConvexPolytope cylinder() {
        int m = 64;
        double[][] normals = new double[m + 2][];
        double[] offsets = new double[m + 2];
        for (int i = 0; i < m; i++) {
            double xi = 0.5 + 0.5 * Math.cos(2 * Math.PI * i / m);
            double yi = 0.5 + 0.5 * Math.sin(2 * Math.PI * i / m);
            double xj = 0.5 + 0.5 * Math.cos(2 * Math.PI * (i + 1) / m);
            double yj = 0.5 + 0.5 * Math.sin(2 * Math.PI * (i + 1) / m);
            normals[i] = new double[] {yj - yi, -(xj - xi), 0};
            offsets[i] = (yj - yi) * xi - (xj - xi) * yi;
        }
        normals[m] = new double[] {0, 0, -1};
        offsets[m] = 0;
        normals[m + 1] = new double[] {0, 0, 1};
        offsets[m + 1] = 1;
        return new org.geointerp.engine.purbf.ConvexPolytope(normals, offsets, 1e-12);
    }

    /**
     * The paper's largest 3D data set: the first {@code count} Halton points (bases 2, 3, 5; index 0 skipped) that
     * lie in the {@link #cylinder()}, with Franke's 3D function as value. {@code count = 125000} gives the table's
     * n = 98,006 (the engine tests check the same set against the data README's checksums).
     */
    public static PointSet haltonCylinder(int count) {
        org.geointerp.engine.purbf.ConvexPolytope d = cylinder();
        java.util.List<double[]> kept = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            double[] p = {
                TestFunctions.radicalInverse(i, 2),
                TestFunctions.radicalInverse(i, 3),
                TestFunctions.radicalInverse(i, 5)
            };
            if (d.contains(p)) {
                kept.add(p);
            }
        }
        double[][] axes = new double[3][kept.size()];
        double[] v = new double[kept.size()];
        for (int i = 0; i < v.length; i++) {
            double[] p = kept.get(i);
            for (int a = 0; a < 3; a++) {
                axes[a][i] = p[a];
            }
            v[i] = TestFunctions.franke(p[0], p[1], p[2]);
        }
        return new PointSet(axes, v);
    }

    /** The paper's 3D evaluation points: the 40^3 grid {@code t_i = i/39} reduced to the cylinder (x fastest). */
    public static double[][] cylinderEvaluationPoints() {
        org.geointerp.engine.purbf.ConvexPolytope d = cylinder();
        java.util.List<double[]> kept = new java.util.ArrayList<>();
        for (int k = 0; k < 40; k++) {
            for (int j = 0; j < 40; j++) {
                for (int i = 0; i < 40; i++) {
                    double[] p = {i / 39.0, j / 39.0, k / 39.0};
                    if (d.contains(p)) {
                        kept.add(p);
                    }
                }
            }
        }
        double[][] axes = new double[3][kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            for (int a = 0; a < 3; a++) {
                axes[a][i] = kept.get(i)[a];
            }
        }
        return axes;
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

    /** CPU time of the whole process so far (all threads: the work, the JIT compiler, the garbage collector). */
    public static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
