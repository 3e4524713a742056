package org.geointerp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.geointerp.engine.Execution;
import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.Methods;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Surface;
import org.geointerp.engine.purbf.Kernel;
import org.geointerp.engine.purbf.PuRbfInterpolator;
import org.geointerp.engine.purbf.PuRbfMethod;
import org.geointerp.engine.purbf.PuRbfOptions;
import org.geointerp.engine.purbf.PuRbfVolume;
import org.geointerp.output.GeoTiffEncoder;
import org.geointerp.output.RasterContent;
import org.geointerp.process.GridCoverages;
import org.geointerp.process.OutputGrid;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.geometry.jts.ReferencedEnvelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code geointerp purbf}: partition-of-unity RBF. In 2D it runs interpolation:PartitionOfUnityRBF on the files;
 * with {@code --z-column} it fits the 3D engine and writes a multi-band GeoTIFF (one band per z level) or values
 * at given points.
 */
@Command(
        name = "purbf",
        mixinStandardHelpOptions = true,
        defaultValueProvider = RegistryDefaults.class,
        description = {
            "Partition-of-unity RBF interpolation (Cavoretto, De Rossi, Perracchione): local RBF fits on"
                    + " overlapping patches blended by Wendland weights; by default smoothing noisy data where they are"
                    + " noisy (--lambda 0: exact at the data points; --preset ACCURATE: very accurate on large dense"
                    + " smooth sets). 2D by default; with --z-column 3D, written per z level (--z-levels) or at"
                    + " given points (--at)."
        })
final class PuRbfCommand extends ProcessCommand {

    @Option(
            names = "--kernel",
            descriptionKey = "kernel",
            paramLabel = "KERNEL",
            description = "Local RBF: ${COMPLETION-CANDIDATES}. Default: INVERSE_MULTIQUADRIC, or WENDLAND_C4 with"
                    + " --patch-spacing.")
    Kernel kernel;

    @Option(
            names = "--shape",
            descriptionKey = "shapeParameter",
            paramLabel = "S",
            description = "Kernel shape parameter: in units of each patch's fit radius (default preset and with"
                    + " --patch-spacing), or of the data's bounding box (--preset ACCURATE or PAPER). Default: per"
                    + " kernel (inverse multiquadric 0.7, C4 0.1; with ACCURATE inverse multiquadric 3).")
    Double shape;

    @Option(
            names = "--lambda",
            descriptionKey = "lambda",
            paramLabel = "L",
            description = "Smoothing added to each local system's diagonal; 0 interpolates exactly. Default: chosen"
                    + " per patch from the data by leave-one-out (smooths noisy data), 0 with --preset ACCURATE or"
                    + " PAPER and with --exact-at-data.")
    Double lambda;

    @Option(
            names = "--preset",
            descriptionKey = "preset",
            paramLabel = "NAME",
            description = "Named setting (without --patch-spacing): ROBUST (for field data, noisy or not), ACCURATE"
                    + " (smooth noise-free data: exact and very accurate, amplifies noise), PAPER (the paper's"
                    + " Wendland C2 setting); --kernel, --shape and --lambda override it. Default: ${DEFAULT-VALUE}.")
    PuRbfOptions.Preset preset;

    @Option(
            names = "--exact-at-data",
            descriptionKey = "exactAtData",
            description = "With --lambda 0: solve a patch whose system is singular to rounding (dense data) with"
                    + " the flattest steeper kernel that is exact, instead of a small ridge, so that the surface"
                    + " passes through every data value. Several solves per such patch (about 3.5 times slower on"
                    + " dense data).")
    boolean exactAtData;

    @Option(
            names = "--patch-spacing",
            descriptionKey = "patchSpacing",
            paramLabel = "DIST",
            description = "Distance between patch centres (output CRS units), anchored at multiples of it."
                    + " Default: from the number of points.")
    Double patchSpacing;

    @Option(
            names = "--extrapolate",
            descriptionKey = "extrapolate",
            description = "Give values outside the convex hull of the data too.")
    boolean extrapolate;

    @Option(
            names = "--z-column",
            paramLabel = "NAME",
            description = "CSV column holding z: fit in 3D (x, y, z). Needs --z-levels or --at.")
    String zColumn;

    @Option(
            names = "--z-levels",
            split = ",",
            paramLabel = "Z1,Z2,...",
            description = "3D: write BASE.tif with one band per z level over the 2D output grid, and per level"
                    + " BASE_zLEVEL.asc and BASE_zLEVEL.png (one colour scale for all levels) as --format asks.")
    double[] zLevels;

    @Option(
            names = "--at",
            paramLabel = "FILE",
            description = "3D: CSV with the x, y and z columns; writes BASE.csv with x,y,z,value (empty outside the"
                    + " hull unless --extrapolate).")
    Path at;

    PuRbfCommand() {
        super(PuRbfMethod.NAME);
    }

    @Override
    public Integer call() throws Exception {
        if (zColumn == null) {
            if (zLevels != null || at != null) {
                throw new IllegalArgumentException("--z-levels/--at: need --z-column (3D input)");
            }
            return run2D();
        }
        if ((zLevels == null) == (at == null)) {
            throw new IllegalArgumentException("--z-levels, --at: with --z-column give exactly one of them, got "
                    + (zLevels == null ? "neither" : "both"));
        }
        if (zLevels != null) {
            if (zLevels.length == 0) {
                throw new IllegalArgumentException("--z-levels: give at least one level");
            }
            for (double level : zLevels) {
                if (!Double.isFinite(level)) {
                    throw new IllegalArgumentException("--z-levels: level '" + level + "' is not a finite number");
                }
            }
        }
        PointSet data3D = read3D(in.input, true);
        // the query points are read before the fit, so that a bad --at file fails at once
        PointSet query = at != null ? read3D(at, false) : null;
        Map<String, Object> values = new HashMap<>();
        addMethodParameters(values);
        PuRbfInterpolator interpolator =
                (PuRbfInterpolator) Methods.get(PuRbfMethod.NAME).interpolator(values);
        PuRbfVolume volume = interpolator.fitVolume(data3D, Execution.defaults());
        PrintWriter stdout = spec.commandLine().getOut();
        spec.commandLine().getErr().println("purbf 3D: " + volume.model().report());
        volume.summary().warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        if (at != null) {
            double[][] axes = {query.coordinate(0), query.coordinate(1), query.coordinate(2)};
            double[] v = volume.model().evaluate(axes);
            Path file = sibling("csv");
            List<String> lines = new ArrayList<>();
            lines.add(in.xColumn + "," + in.yColumn + "," + zColumn + "," + in.valueColumn);
            for (int i = 0; i < v.length; i++) {
                lines.add(axes[0][i] + "," + axes[1][i] + "," + axes[2][i] + ","
                        + (Double.isNaN(v[i]) ? "" : Double.toString(v[i])));
            }
            Files.write(file, lines, StandardCharsets.UTF_8);
            stdout.println("wrote " + file);
            return 0;
        }
        SimpleFeatureCollection data = in.read();
        Map<String, Object> params = new HashMap<>();
        out.addTo(params, data);
        OutputGrid grid = OutputGrid.of(
                (ReferencedEnvelope) params.get("outputBBOX"), (Integer) params.get("outputWidth"), (Integer)
                        params.get("outputHeight"));
        float[][] bands = new float[zLevels.length][];
        String[] names = new String[zLevels.length];
        for (int b = 0; b < zLevels.length; b++) {
            Surface level = volume.slice(zLevels[b]);
            bands[b] = GridEvaluator.evaluate(level, grid.spec(), Execution.defaults())[0];
            names[b] = "z=" + levelText(zLevels[b]); // the band's description: z=1000, not z=1000.0
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("interpolation.method", PuRbfMethod.NAME + " 3D");
        volume.summary().parameters().forEach((k, v) -> properties.put("interpolation." + k, String.valueOf(v)));
        GridCoverage2D coverage =
                GridCoverages.create("PartitionOfUnityRBF", grid, bands, names, out.noData, properties);
        // one legend for the GeoTIFF's style and every level's picture, so that the levels compare
        PictureSpec picture = out.pictureSpec(in.valueColumn, null, params);
        if (out.range == null) {
            double[] common = commonRange(bands, out.noData);
            picture = picture.withRange(common[0], common[1]);
        }
        if (out.formats.contains(CoverageFiles.Format.TIF)) {
            Path file = sibling("tif");
            RasterContent all = RasterContent.of(coverage);
            GeoTiffEncoder.write(all, file, out.tiffOptions());
            stdout.println("wrote " + file + " (" + zLevels.length + " bands, one per z level)");
            Path qml = sibling("qml");
            CoverageFiles.writeStyle(all, CoverageFiles.legend(all, picture, 0), qml);
            stdout.println("wrote " + qml);
        }
        // ASCII grids and pictures hold one band: one file per level
        for (int b = 0; b < zLevels.length; b++) {
            GridCoverage2D level = GridCoverages.create(
                    "PartitionOfUnityRBF",
                    grid,
                    new float[][] {bands[b]},
                    new String[] {names[b]},
                    out.noData,
                    properties);
            RasterContent content = RasterContent.of(level);
            String suffix = "_z" + levelText(zLevels[b]);
            if (out.formats.contains(CoverageFiles.Format.ASC)) {
                Path file = sibling(suffix, "asc");
                CoverageFiles.writeAsciiGrid(content, file);
                stdout.println("wrote " + file);
            }
            if (out.formats.contains(CoverageFiles.Format.PNG)) {
                Path file = sibling(suffix, "png");
                PictureSpec atLevel = picture.withValueName(in.valueColumn + ", " + names[b]);
                CoverageFiles.writePicture(content, CoverageFiles.legend(content, atLevel, 0), atLevel, file);
                stdout.println("wrote " + file);
            }
        }
        return 0;
    }

    /** A z level as written in band names and file names: 1000, not 1000.0. */
    private static String levelText(double z) {
        return java.math.BigDecimal.valueOf(z).stripTrailingZeros().toPlainString();
    }

    /** The value range over all bands (nodata excluded), so that the level pictures compare; NaN when empty. */
    private static double[] commonRange(float[][] bands, double noData) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (float[] band : bands) {
            for (float v : band) {
                if (!Float.isNaN(v) && v != (float) noData) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return lo <= hi ? new double[] {lo, hi} : new double[] {Double.NaN, Double.NaN};
    }

    private Integer run2D() throws Exception {
        runAndWrite();
        return 0;
    }

    private Path sibling(String ext) throws IOException {
        return sibling("", ext);
    }

    /** {@code BASE + suffix + "." + ext}, creating BASE's folder. */
    private Path sibling(String suffix, String ext) throws IOException {
        Path base = out.output;
        if (base.toAbsolutePath().getParent() != null) {
            Files.createDirectories(base.toAbsolutePath().getParent());
        }
        return base.resolveSibling(base.getFileName() + suffix + "." + ext.toLowerCase(Locale.ROOT));
    }

    /** x, y, z (and the value when {@code withValues}) columns of a CSV; rows with an empty value are skipped. */
    private PointSet read3D(Path file, boolean withValues) throws IOException {
        String option = withValues ? "--input" : "--at";
        List<double[]> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVParser.parse(r, FeatureFiles.CSV_FORMAT)) {
            List<String> columns = new ArrayList<>(List.of(in.xColumn, in.yColumn, zColumn));
            List<String> columnOptions = new ArrayList<>(List.of("--x-column", "--y-column", "--z-column"));
            if (withValues) {
                columns.add(in.valueColumn);
                columnOptions.add("--value-column");
            }
            for (int a = 0; a < columns.size(); a++) {
                String c = columns.get(a);
                if (!csv.getHeaderMap().containsKey(c)) {
                    throw new IllegalArgumentException(columnOptions.get(a) + ": " + option + " " + file
                            + " has no column '" + c + "'; columns are " + csv.getHeaderNames());
                }
            }
            for (CSVRecord rec : csv) {
                double[] p = new double[4];
                if (withValues && rec.get(in.valueColumn).isEmpty()) {
                    continue;
                }
                for (int a = 0; a < columns.size(); a++) {
                    try {
                        p[a] = Double.parseDouble(rec.get(columns.get(a)));
                    } catch (NumberFormatException e) {
                        p[a] = Double.NaN;
                    }
                    if (!Double.isFinite(p[a])) {
                        throw new IllegalArgumentException(option + ": " + file + " line " + (rec.getRecordNumber() + 1)
                                + ": column '" + columns.get(a) + "' is not a finite number: '"
                                + rec.get(columns.get(a))
                                + "'");
                    }
                }
                rows.add(p);
            }
        }
        double[][] axes = new double[3][rows.size()];
        double[] values = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int a = 0; a < 3; a++) {
                axes[a][i] = rows.get(i)[a];
            }
            values[i] = rows.get(i)[3];
        }
        return new PointSet(axes, values);
    }
}
