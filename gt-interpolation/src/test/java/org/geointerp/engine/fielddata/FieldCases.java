package org.geointerp.engine.fielddata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.geointerp.engine.PointSet;

/**
 * The field-like test cases of the robustness work (issue 12): noisy, clustered and duplicated samples of a known
 * smooth field, generated from fixed seeds, plus the Meuse survey. Each synthetic case is written to
 * {@code src/test/resources/fielddata/NAME.csv} by {@link #main} (the files the peer scripts in
 * {@code benchmarks/scripts/} read); {@code FieldCasesTest} checks that the committed files are what this code
 * generates.
 *
 * <p>The field is Franke's F1 over a 10 km square (coordinates in metres, the square's corner at the origin), the
 * function Akima's and the partition-of-unity papers test with: two bumps, a ridge and a dip, values 0 .. 1.22. The
 * noise is Gaussian, its standard deviation given in the case's name (in units of the values). Never tune to one
 * case: the set varies the noise, the sampling (uniform, clustered with empty areas), duplicates and the
 * coordinates' unit and offset.
 */
public final class FieldCases {

    /** Side of the square the synthetic cases cover, in metres. */
    static final double SIDE = 10_000;

    /** UTM-like false easting and northing of the offset case (zone 31N near 52 degrees north). */
    static final double EAST = 500_000;

    static final double NORTH = 5_700_000;

    /** One test case: its points and how it was made. */
    public record Case(String name, String description, PointSet points) {
        public int size() {
            return points.size();
        }
    }

    private FieldCases() {}

    /** Franke's F1 on the unit square. */
    public static double franke(double u, double v) {
        return 0.75 * Math.exp(-((9 * u - 2) * (9 * u - 2) + (9 * v - 2) * (9 * v - 2)) / 4)
                + 0.75 * Math.exp(-((9 * u + 1) * (9 * u + 1)) / 49 - (9 * v + 1) / 10)
                + 0.5 * Math.exp(-((9 * u - 7) * (9 * u - 7) + (9 * v - 3) * (9 * v - 3)) / 4)
                - 0.2 * Math.exp(-(9 * u - 4) * (9 * u - 4) - (9 * v - 7) * (9 * v - 7));
    }

    /** The synthetic cases, in a fixed order. */
    public static List<Case> synthetic() {
        List<Case> cases = new ArrayList<>();
        for (double sigma : new double[] {0.02, 0.05, 0.1}) {
            cases.add(noisy(sigma));
        }
        Case base = noisy(0.05);
        cases.add(new Case(
                "franke_noise0.05_utm",
                "franke_noise0.05 shifted by a UTM-like offset (" + EAST + ", " + NORTH + ") m",
                transform(base.points(), 1, EAST, NORTH)));
        cases.add(new Case(
                "franke_noise0.05_km",
                "franke_noise0.05_utm in kilometres (every coordinate divided by 1000)",
                transform(base.points(), 1e-3, EAST * 1e-3, NORTH * 1e-3)));
        cases.add(clustered());
        cases.add(duplicates());
        return cases;
    }

    /** 300 uniform samples of F1 with Gaussian noise of standard deviation {@code sigma}. */
    static Case noisy(double sigma) {
        Random r = new Random(1200 + Math.round(sigma * 1000));
        int n = 300;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = SIDE * r.nextDouble();
            y[i] = SIDE * r.nextDouble();
            z[i] = franke(x[i] / SIDE, y[i] / SIDE) + sigma * r.nextGaussian();
        }
        return new Case(
                "franke_noise" + sigma,
                n + " uniform points on a 10 km square, F1 plus Gaussian noise, sd " + sigma,
                PointSet.of2D(x, y, z));
    }

    /**
     * 12 clusters of 25 points (Gaussian, sd 250 m) around centres spread over the square, noise sd 0.05: most of
     * the square is empty, gaps up to several kilometres.
     */
    static Case clustered() {
        Random r = new Random(1212);
        int clusters = 12;
        int per = 25;
        double[] x = new double[clusters * per];
        double[] y = new double[clusters * per];
        double[] z = new double[clusters * per];
        int k = 0;
        for (int c = 0; c < clusters; c++) {
            double cx = SIDE * (0.08 + 0.84 * r.nextDouble());
            double cy = SIDE * (0.08 + 0.84 * r.nextDouble());
            for (int i = 0; i < per; i++) {
                x[k] = clamp(cx + 250 * r.nextGaussian());
                y[k] = clamp(cy + 250 * r.nextGaussian());
                z[k] = franke(x[k] / SIDE, y[k] / SIDE) + 0.05 * r.nextGaussian();
                k++;
            }
        }
        return new Case(
                "clustered",
                clusters + " clusters of " + per + " points (sd 250 m) on a 10 km square, F1 plus noise sd 0.05",
                PointSet.of2D(x, y, z));
    }

    /**
     * 150 uniform stations, then 25 of them read a second time at the same location, 25 at 1e-3 of the typical
     * spacing ({@code side / sqrt(150)}, 816 m: 0.82 m away) and 25 at 1e-6 of it (0.82 mm away), every reading
     * with its own noise (sd 0.05): stations repeated with different values.
     */
    static Case duplicates() {
        Random r = new Random(1213);
        int base = 150;
        int per = 25;
        double spacing = SIDE / Math.sqrt(base);
        int n = base + 3 * per;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < base; i++) {
            x[i] = SIDE * r.nextDouble();
            y[i] = SIDE * r.nextDouble();
            z[i] = franke(x[i] / SIDE, y[i] / SIDE) + 0.05 * r.nextGaussian();
        }
        double[] offsets = {0, 1e-3 * spacing, 1e-6 * spacing};
        int k = base;
        for (int g = 0; g < 3; g++) {
            for (int j = 0; j < per; j++) {
                // distinct stations for each group: 0..24, 25..49, 50..74
                int s = g * per + j;
                double angle = 2 * Math.PI * r.nextDouble();
                x[k] = x[s] + offsets[g] * Math.cos(angle);
                y[k] = y[s] + offsets[g] * Math.sin(angle);
                z[k] = franke(x[k] / SIDE, y[k] / SIDE) + 0.05 * r.nextGaussian();
                k++;
            }
        }
        return new Case(
                "duplicates",
                base + " uniform stations, 25 re-read at the same place, 25 at 0.82 m, 25 at 0.82 mm (1, 1e-3, 1e-6"
                        + " of the spacing), F1 plus noise sd 0.05 on every reading",
                PointSet.of2D(x, y, z));
    }

    /** The Meuse survey's 155 samples, ln(zinc) as the value. */
    /** Meuse and the five synthetic field cases: the cases issue 12's targets are asserted on. */
    public static final List<String> NAMES =
            List.of("meuse", "franke_noise0.02", "franke_noise0.05", "franke_noise0.1", "clustered", "duplicates");

    /** A case by its name: Meuse, or a stored synthetic case. */
    public static Case byName(String name) {
        return name.equals("meuse") ? meuse() : stored(name);
    }

    public static Case meuse() {
        List<double[]> rows = readCsv("/real/meuse/meuse_points.csv", "x", "y", "logzinc");
        return new Case("meuse", "Meuse zinc survey, 155 samples, ln(zinc)", toPoints(rows));
    }

    /** A synthetic case as committed (the file the peer scripts read). */
    public static Case stored(String name) {
        List<double[]> rows = readCsv("/fielddata/" + name + ".csv", "x", "y", "value");
        return new Case(name, "stored " + name, toPoints(rows));
    }

    /** Meuse first, then every synthetic case as stored. */
    public static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        cases.add(meuse());
        for (Case c : synthetic()) {
            cases.add(stored(c.name()));
        }
        return cases;
    }

    /** {@code scale * p + offset} on each axis (x with {@code ox}, y with {@code oy}). */
    static PointSet transform(PointSet p, double scale, double ox, double oy) {
        int n = p.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (p.x()[i] + ox / scale) * scale;
            y[i] = (p.y()[i] + oy / scale) * scale;
        }
        return PointSet.of2D(x, y, p.values().clone());
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(SIDE, v));
    }

    private static PointSet toPoints(List<double[]> rows) {
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

    /** The named columns of a CSV resource with a header row (quotes around names allowed). */
    static List<double[]> readCsv(String resource, String... columns) {
        try (InputStream in = FieldCases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = reader.readLine().replace("\"", "").split(",");
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                index.put(header[i].trim(), i);
            }
            int[] at = new int[columns.length];
            for (int c = 0; c < columns.length; c++) {
                Integer i = index.get(columns[c]);
                if (i == null) {
                    throw new IllegalStateException(resource + ": no column " + columns[c]);
                }
                at[c] = i;
            }
            List<double[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                double[] row = new double[columns.length];
                for (int c = 0; c < columns.length; c++) {
                    String s = f[at[c]].trim();
                    row[c] = s.isEmpty() || s.equals("NA") ? Double.NaN : Double.parseDouble(s);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSV text of a case: {@code x,y,value}, every number as Java's shortest round-trip decimal. */
    static String csv(Case c) {
        StringBuilder b = new StringBuilder("x,y,value\n");
        PointSet p = c.points();
        for (int i = 0; i < p.size(); i++) {
            b.append(p.x()[i])
                    .append(',')
                    .append(p.y()[i])
                    .append(',')
                    .append(p.values()[i])
                    .append('\n');
        }
        return b.toString();
    }

    /**
     * Writes every synthetic case to {@code DIR/NAME.csv} (default: this module's test resources, run from the
     * module or the repository root).
     */
    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0
                ? Path.of(args[0])
                : Files.isDirectory(Path.of("gt-interpolation"))
                        ? Path.of("gt-interpolation/src/test/resources/fielddata")
                        : Path.of("src/test/resources/fielddata");
        Files.createDirectories(dir);
        for (Case c : synthetic()) {
            try (Writer w = Files.newBufferedWriter(dir.resolve(c.name() + ".csv"), StandardCharsets.UTF_8)) {
                w.write(csv(c));
            }
            System.out.println(c.name() + ": " + c.size() + " points; " + c.description());
        }
    }
}
