package org.geointerp.engine.purbf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.geointerp.engine.PointSet;
import org.geointerp.testing.TestFunctions;

/**
 * The experiments of Cavoretto, De Rossi, Perracchione (Tables 1-6): domains, Halton point sets, evaluation grids,
 * Franke's functions and the paper's numbers. Definitions follow src/test/resources/pu-rbf/README.md; the large 3D
 * sets and all 3D evaluation grids are regenerated here and checked against the checksums listed there.
 */
final class PaperCases {

    /** One row of the paper's tables. */
    record Row(String domain, int n, double mae, double rmse, double seconds) {}

    /** Errors of one run: maximum absolute error and root mean square error. */
    record Errors(double mae, double rmse) {}

    private PaperCases() {}

    static List<Row> tables() {
        List<Row> rows = new ArrayList<>();
        for (String line : lines("paper_tables.csv")) {
            if (line.startsWith("domain")) {
                continue;
            }
            String[] f = line.split(",");
            rows.add(new Row(
                    f[0],
                    Integer.parseInt(f[1]),
                    Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]),
                    Double.parseDouble(f[4])));
        }
        return rows;
    }

    static int dimension(String domain) {
        return switch (domain) {
            case "triangle", "disk", "hexagon" -> 2;
            default -> 3;
        };
    }

    // ---- domains ----

    private static final double[] HEX_X = {0.25, 0.75, 1, 0.75, 0.25, 0};
    private static final double[] HEX_Y = {0, 0, 0.5, 1, 1, 0.5};

    /** The domain with tolerance {@code tol} on its faces. */
    static ConvexPolytope domain(String name, double tol) {
        return switch (name) {
            case "triangle" -> ConvexPolytope.ofPolygon(new double[] {0, 1, 0.5}, new double[] {0, 0, 1}, tol);
            case "disk" -> ConvexPolytope.ofPolygon(ngonX(100), ngonY(100), tol);
            case "hexagon" -> ConvexPolytope.ofPolygon(HEX_X, HEX_Y, tol);
            case "pyramid" ->
                new ConvexPolytope(
                        new double[][] {{0, 0, -1}, {1, 0, 0.5}, {-1, 0, 0.5}, {0, 1, 0.5}, {0, -1, 0.5}},
                        new double[] {0, 1, 0, 1, 0},
                        tol);
            case "cylinder" -> prism(ngonX(64), ngonY(64), tol);
            case "hexagonal_prism" -> prism(HEX_X, HEX_Y, tol);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static double[] ngonX(int m) {
        double[] x = new double[m];
        for (int k = 0; k < m; k++) {
            x[k] = 0.5 + 0.5 * Math.cos(2 * Math.PI * k / m);
        }
        return x;
    }

    private static double[] ngonY(int m) {
        double[] y = new double[m];
        for (int k = 0; k < m; k++) {
            y[k] = 0.5 + 0.5 * Math.sin(2 * Math.PI * k / m);
        }
        return y;
    }

    /** A polygon (counter-clockwise) times 0 <= z <= 1. */
    private static ConvexPolytope prism(double[] xs, double[] ys, double tol) {
        int m = xs.length;
        double[][] normals = new double[m + 2][];
        double[] offsets = new double[m + 2];
        for (int i = 0; i < m; i++) {
            int j = (i + 1) % m;
            double nx = ys[j] - ys[i];
            double ny = -(xs[j] - xs[i]);
            normals[i] = new double[] {nx, ny, 0};
            offsets[i] = nx * xs[i] + ny * ys[i];
        }
        normals[m] = new double[] {0, 0, -1};
        offsets[m] = 0;
        normals[m + 1] = new double[] {0, 0, 1};
        offsets[m + 1] = 1;
        return new ConvexPolytope(normals, offsets, tol);
    }

    // ---- point sets ----

    /** The paper's data set: from the copied CSV when present, otherwise regenerated from Halton points. */
    static double[][] points(String domain, int n) {
        String file = domain + "_n" + n + ".csv";
        if (PaperCases.class.getResource("/pu-rbf/" + file) != null) {
            return readAxes(file, dimension(domain));
        }
        return halton(domain, haltonCount(domain, n));
    }

    /** The Halton N whose points in the domain give the table's n (README "Checksums"). */
    static int haltonCount(String domain, int n) {
        int dim = dimension(domain);
        int[] ns = dim == 2 ? new int[] {100, 400, 900, 1600, 2500} : new int[] {1000, 8000, 27000, 64000, 125000};
        List<Row> rows =
                tables().stream().filter(r -> r.domain().equals(domain)).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).n() == n) {
                return ns[i];
            }
        }
        throw new IllegalArgumentException(domain + " n=" + n);
    }

    /** The first {@code count} Halton points (index 0 skipped) that lie in the closed domain, in Halton order. */
    static double[][] halton(String domain, int count) {
        int dim = dimension(domain);
        ConvexPolytope d = domain(domain, 1e-12);
        int[] bases = {2, 3, 5};
        List<double[]> kept = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            double[] p = new double[dim];
            for (int a = 0; a < dim; a++) {
                p[a] = TestFunctions.radicalInverse(i, bases[a]);
            }
            if (d.contains(p)) {
                kept.add(p);
            }
        }
        return toAxes(kept, dim);
    }

    /** The 40^N grid t_i = i/39 reduced to the closed domain (x fastest). */
    static double[][] evaluationPoints(String domain) {
        int dim = dimension(domain);
        if (dim == 2) {
            return readAxes("eval_" + domain + ".csv", 2);
        }
        ConvexPolytope d = domain(domain, 1e-12);
        List<double[]> kept = new ArrayList<>();
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
        return toAxes(kept, 3);
    }

    private static double[][] toAxes(List<double[]> pts, int dim) {
        double[][] axes = new double[dim][pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            for (int a = 0; a < dim; a++) {
                axes[a][i] = pts.get(i)[a];
            }
        }
        return axes;
    }

    // ---- Franke's functions ----

    static double franke(double[] p) {
        return p.length == 2 ? TestFunctions.franke(p[0], p[1]) : TestFunctions.franke(p[0], p[1], p[2]);
    }

    static double[] franke(double[][] axes) {
        double[] v = new double[axes[0].length];
        double[] p = new double[axes.length];
        for (int i = 0; i < v.length; i++) {
            for (int a = 0; a < axes.length; a++) {
                p[a] = axes[a][i];
            }
            v[i] = franke(p);
        }
        return v;
    }

    static PointSet frankeSet(double[][] axes) {
        return new PointSet(axes, franke(axes));
    }

    /** Fits one table row with {@code options} (domain and unit box filled in) and measures the errors. */
    static Errors run(String domain, int n, PuRbfOptions options) {
        int dim = dimension(domain);
        double[] lo = new double[dim];
        double[] hi = new double[dim];
        java.util.Arrays.fill(hi, 1);
        PuRbfOptions o = options.withDomain(domain(domain, 1e-12), false).withBox(lo, hi);
        PuRbfModel model = PartitionOfUnityRbf.fit(frankeSet(points(domain, n)), o);
        double[][] eval = evaluationPoints(domain);
        double[] got = model.evaluate(eval);
        double[] want = franke(eval);
        double max = 0;
        double sum = 0;
        for (int i = 0; i < got.length; i++) {
            double e = Math.abs(got[i] - want[i]);
            max = Math.max(max, e);
            sum += e * e;
        }
        return new Errors(max, Math.sqrt(sum / got.length));
    }

    // ---- files ----

    private static List<String> lines(String file) {
        try (InputStream in = PaperCases.class.getResourceAsStream("/pu-rbf/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource pu-rbf/" + file);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[][] readAxes(String file, int dim) {
        List<double[]> pts = new ArrayList<>();
        for (String line : lines(file)) {
            if (line.isBlank() || Character.isLetter(line.charAt(0))) {
                continue;
            }
            String[] f = line.split(",");
            double[] p = new double[dim];
            for (int a = 0; a < dim; a++) {
                p[a] = Double.parseDouble(f[a]);
            }
            pts.add(p);
        }
        return toAxes(pts, dim);
    }
}
