package org.geointerp.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import org.geointerp.engine.FitSummary;
import org.geointerp.engine.InterpolationMethod;
import org.geointerp.engine.Methods;
import org.geointerp.engine.Parameter;
import org.geotools.api.coverage.grid.GridGeometry;
import org.geotools.api.data.Query;
import org.geotools.api.util.InternationalString;
import org.geotools.api.util.ProgressListener;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.process.ProcessException;
import org.geotools.process.RenderingProcess;
import org.geotools.util.SimpleInternationalString;

/**
 * A registered interpolation method as a GeoTools process and a GeoServer rendering transformation,
 * {@code interpolation:<method name>}: its inputs are the {@link CommonParameters} around the method's own, each
 * declared once, and every call runs the same way: the inputs read and checked, the output grid, the method's
 * registry parameters passed to {@link MethodRun} by name, and the coverage as the {@code result}. A method's class
 * adds only what differs: its descriptions, inputs that need converting for the engine (barriers, a domain), the
 * coverage's label and how far a map tile must read.
 */
public abstract class InterpolationProcess implements RenderingProcess {

    private final InterpolationMethod method;
    private final InternationalString title;
    private final InternationalString description;
    private final String resultDescription;
    private final Function<FitSummary, String> label;
    private final TileReach reach;
    private final Map<String, ProcessInput> inputs = new LinkedHashMap<>();

    /**
     * @param method the registry name, which is also the process's
     * @param label the coverage's {@code interpolation.method} property, e.g. "Shepard SYMAP"
     * @param inputs every input, in the order clients list them; those of engine type take the registry's type and
     *     default
     */
    InterpolationProcess(
            String method,
            String title,
            String description,
            String resultDescription,
            Function<FitSummary, String> label,
            TileReach reach,
            List<ProcessInput> inputs) {
        this.method = Methods.get(method);
        this.title = new SimpleInternationalString(title);
        this.description = new SimpleInternationalString(description);
        this.resultDescription = resultDescription;
        this.label = label;
        this.reach = reach;
        for (ProcessInput input : inputs) {
            this.inputs.put(input.name(), input.of(this.method));
        }
    }

    /** The process's local name in the {@code interpolation} namespace. */
    String name() {
        return method.name();
    }

    InternationalString title() {
        return title;
    }

    InternationalString description() {
        return description;
    }

    Map<String, org.geotools.api.data.Parameter<?>> parameterInfo() {
        Map<String, org.geotools.api.data.Parameter<?>> info = new LinkedHashMap<>();
        inputs.values().forEach(i -> info.put(i.name(), i.parameter()));
        return info;
    }

    Map<String, org.geotools.api.data.Parameter<?>> resultInfo() {
        Map<String, org.geotools.api.data.Parameter<?>> info = new LinkedHashMap<>();
        info.put(
                "result",
                ProcessInput.required("result", GridCoverage2D.class, resultDescription)
                        .parameter());
        return info;
    }

    /**
     * Interpolates the {@code data} to the output grid.
     *
     * @return {@code result}: the coverage
     * @throws ProcessException naming the parameter for bad input, and for a cancelled run
     */
    @Override
    public final Map<String, Object> execute(Map<String, Object> input, ProgressListener monitor)
            throws ProcessException {
        // every input read before the run, in order, so that the first bad one is named (as GeoTools' annotated
        // processes did, and not reported to the listener: the process has not started)
        inputs.values().forEach(i -> i.read(input));
        Given in = new Given(input);
        try {
            OutputGrid grid = OutputGrid.of(in.get("outputBBOX"), in.get("outputWidth"), in.get("outputHeight"));
            MethodRun run = MethodRun.of(method.name());
            for (Parameter p : method.parameters()) {
                if (inputs.containsKey(p.name())) {
                    run.with(p.name(), engineValue(p.name(), in, grid, monitor));
                }
            }
            configure(run, in);
            GridCoverage2D coverage = run.label(label)
                    .autoTune(in.get("autoTune"))
                    .run(in.get("data"), in.get("valueAttr"), grid, in.get("noDataValue"), monitor);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("result", coverage);
            return result;
        } catch (RuntimeException | Error e) {
            // as from GeoTools' annotated processes: the listener hears of the failure (the WPS status shows it)
            // and the caller gets a ProcessException, whose cause is anything else that went wrong
            if (monitor != null) {
                monitor.exceptionOccurred(e);
            }
            throw e instanceof ProcessException p ? p : new ProcessException(e);
        }
    }

    /**
     * Rendering transformation hook: the renderer's query widened by the method's {@link TileReach}, so that a map
     * tile reads every feature its cells depend on.
     */
    @Override
    public final Query invertQuery(Map<String, Object> input, Query targetQuery, GridGeometry targetGridGeometry)
            throws ProcessException {
        try {
            return TileQueries.expand(targetQuery, targetGridGeometry, reach.of(new Given(input)));
        } catch (RuntimeException e) {
            throw e instanceof ProcessException p ? p : new ProcessException(e);
        }
    }

    /** Rendering transformation hook: the input is vector data, so the output grid is used as requested. */
    @Override
    public final GridGeometry invertGridGeometry(
            Map<String, Object> input, Query targetQuery, GridGeometry targetGridGeometry) {
        return targetGridGeometry;
    }

    /** The value of the method's registry parameter {@code name}: the input of that name as given by default. */
    Object engineValue(String name, Given in, OutputGrid grid, ProgressListener monitor) {
        return in.get(name);
    }

    /** What the method sets on the run besides its parameters (coverage properties, bands); nothing by default. */
    void configure(MethodRun run, Given in) {}

    /**
     * How far beyond a map tile features affect its cells (output CRS units): a function of one distance input, and
     * the whole layer when that input is not given (the method then derives it from all the data) or when the
     * method always needs all the data.
     *
     * @param input the distance input, null for the whole layer always
     */
    record TileReach(String input, DoubleUnaryOperator distance) {

        static final TileReach WHOLE_LAYER = new TileReach(null, null);

        /** The distance for a call's inputs; null for the whole layer. */
        Double of(Given in) {
            Double given = input == null ? null : in.get(input);
            return given == null ? null : distance.applyAsDouble(given);
        }
    }

    /** The inputs of one call, each read when asked for: the given value or the default, as the input's type. */
    final class Given {
        private final Map<String, Object> input;

        private Given(Map<String, Object> input) {
            this.input = input;
        }

        @SuppressWarnings("unchecked")
        <T> T get(String name) {
            return (T) inputs.get(name).read(input);
        }
    }
}
