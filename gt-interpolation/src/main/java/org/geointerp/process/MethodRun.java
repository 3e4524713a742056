package org.geointerp.process;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.geointerp.engine.AutoTune;
import org.geointerp.engine.Execution;
import org.geointerp.engine.FitSummary;
import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.InterpolationMethod;
import org.geointerp.engine.Interpolator;
import org.geointerp.engine.Methods;
import org.geointerp.engine.Surface;
import org.geotools.api.util.ProgressListener;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.process.ProcessException;

/**
 * The way every interpolation process runs, from features to coverage: announce the start, read the points, make
 * the method's interpolator from the registry with the process's parameter values, fit (with progress and
 * cancellation), pass the fit's warnings to the listener, evaluate the grid, and wrap the bands with the fit's
 * parameters and diagnostics as coverage properties ({@code interpolation.<name>}).
 */
final class MethodRun {

    /** The nodata value when the caller gives none: the one every raster process here declares. */
    static final double DEFAULT_NO_DATA = -9999;

    /** Share of the progress bar for reading features, fitting, and evaluating the grid. */
    private static final double READ = 0.1;

    private static final double FIT = 0.5;

    /** With autoTune, tuning's share ends here (it fits the method many times). */
    private static final double TUNE = 0.4;

    private final String method;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Object> extraProperties = new LinkedHashMap<>();
    private UnaryOperator<Surface> bands = UnaryOperator.identity();
    private Function<FitSummary, String> label;
    private boolean autoTune;

    private MethodRun(String method) {
        this.method = method;
    }

    /** A run of the registered method {@code method}. */
    static MethodRun of(String method) {
        return new MethodRun(method);
    }

    /** Sets a method parameter by its registry name; null leaves the default. */
    MethodRun with(String name, Object value) {
        if (value != null) {
            values.put(name, value);
        }
        return this;
    }

    /** A coverage property of this process's own (in addition to the fit's parameters). */
    MethodRun property(String name, Object value) {
        extraProperties.put(name, value);
        return this;
    }

    /**
     * With true, the method's smoothing and scale parameters not given are chosen by leave-one-out
     * cross-validation on the data ({@link AutoTune}) before the fit; null or false keeps the defaults.
     */
    MethodRun autoTune(Boolean on) {
        this.autoTune = Boolean.TRUE.equals(on);
        return this;
    }

    /** The {@code interpolation.method} property, e.g. "Shepard SYMAP" (default: the method's name). */
    MethodRun label(Function<FitSummary, String> describe) {
        this.label = describe;
        return this;
    }

    /** Which bands of the fitted surface become the coverage's (all by default). */
    MethodRun bands(UnaryOperator<Surface> view) {
        this.bands = view;
        return this;
    }

    static double noData(Double noDataValue) {
        return noDataValue == null ? DEFAULT_NO_DATA : noDataValue;
    }

    /**
     * Reads {@code data}, fits and rasterizes.
     *
     * @throws ProcessException naming the parameter for bad input, and for a cancelled run
     */
    GridCoverage2D run(
            SimpleFeatureCollection data,
            String valueAttr,
            OutputGrid grid,
            Double noDataValue,
            ProgressListener monitor) {
        if (monitor != null) {
            monitor.started();
        }
        InterpolationMethod registered = Methods.get(method);
        Interpolator interpolator;
        try {
            interpolator = registered.interpolator(values);
        } catch (IllegalArgumentException e) {
            throw EngineRefusals.of(e);
        }
        Execution execution = ProcessExecution.current().withProgress(new ProcessProgress(monitor));
        PointFeatures.Result input = PointFeatures.read(data, valueAttr, grid, monitor);
        execution.stage(0, READ).report(1);
        Surface surface;
        float[][] cells;
        try {
            if (autoTune) {
                AutoTune.Choice choice =
                        AutoTune.tune(registered, values, input.points(), 1, execution.stage(READ, TUNE));
                interpolator = registered.interpolator(choice.given());
                extraProperties.put("interpolation.autoTune", choice.describe());
                if (monitor != null) {
                    // not a problem, but the caller should see what was chosen: WPS clients read warnings
                    monitor.warningOccurred(method, "autoTune", "autoTune " + choice.describe());
                }
            }
            surface = interpolator.fit(input.points(), execution.stage(autoTune ? TUNE : READ, FIT));
            cells = GridEvaluator.evaluate(bands.apply(surface), grid.spec(), execution.stage(FIT, 1));
        } catch (IllegalArgumentException e) {
            throw EngineRefusals.of(e);
        } catch (CancellationException e) {
            throw new ProcessException(method + ": cancelled", e);
        }
        FitSummary summary = surface.summary();
        if (monitor != null) {
            for (String warning : summary.warnings()) {
                monitor.warningOccurred(method, null, warning);
            }
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("interpolation.method", label == null ? method : label.apply(summary));
        properties.put("interpolation.input", input.summary());
        // the counts one by one, for file metadata (GDAL metadata items of the GeoTIFF)
        properties.put("interpolation.pointsRead", input.read());
        properties.put("interpolation.pointsSkipped", input.skipped());
        properties.put("interpolation.pointsUsed", summary.pointsUsed());
        properties.put("interpolation.mergedCoincident", summary.mergedAway());
        summary.parameters().forEach((k, v) -> properties.put("interpolation." + k, printable(v)));
        summary.diagnostics().forEach((k, v) -> properties.put("interpolation." + k, printable(v)));
        extraProperties.forEach(properties::put);
        Surface shown = bands.apply(surface);
        String[] names = new String[shown.bandCount()];
        for (int b = 0; b < names.length; b++) {
            names[b] = shown.bandName(b);
        }
        GridCoverage2D coverage = GridCoverages.create(method, grid, cells, names, noData(noDataValue), properties);
        if (monitor != null) {
            monitor.complete();
        }
        return coverage;
    }

    /** Numbers, flags and names as they are; anything else (barriers, a domain) as its text. */
    private static Object printable(Object v) {
        return v instanceof Number || v instanceof Boolean || v instanceof String ? v : String.valueOf(v);
    }
}
