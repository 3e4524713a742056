package org.geointerp.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geointerp.engine.InterpolationMethod;
import org.geointerp.engine.Methods;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.data.simple.SimpleFeatureCollection;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * A sub-command that runs one interpolation process on files: reads the input, sets the common parameters
 * ({@code data}, {@code valueAttr}, the output grid), lets the method add its own, runs the process found through
 * {@code Processors} and writes the result. Each method's command adds only its options.
 */
abstract class ProcessCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions in;

    @Mixin
    OutputOptions out;

    @picocli.CommandLine.Option(
            names = "--auto",
            description = "Choose the method's smoothing and scale parameters (those not given) by leave-one-out"
                    + " cross-validation on the data before interpolating (autoTune); the choice is printed.")
    boolean auto;

    /** What one run read, asked for and produced, for commands that write more than the raster. */
    record Run(SimpleFeatureCollection data, Map<String, Object> params, GridCoverage2D result) {}

    private final String processName;

    /** @param processName the method's registry name, which is also its process's in the {@code interpolation} namespace */
    ProcessCommand(String processName) {
        this.processName = processName;
    }

    /** The process's name in the {@code interpolation} namespace. */
    final String processName() {
        return processName;
    }

    /**
     * Puts the method's own parameters into {@code params}: every option that names its registry parameter in
     * {@code descriptionKey} (the name {@link RegistryDefaults} takes its default from) under that name. A command
     * whose options do not map one to one (negated flags, files to read) adds those in an override.
     */
    void addMethodParameters(Map<String, Object> params) throws Exception {
        InterpolationMethod method = Methods.get(processName);
        for (OptionSpec option : spec.options()) {
            // picocli gives its help options description keys of their own
            if (method.parameters().stream().anyMatch(p -> p.name().equals(option.descriptionKey()))) {
                params.put(option.descriptionKey(), option.getValue());
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        runAndWrite();
        return 0;
    }

    final Run runAndWrite() throws Exception {
        SimpleFeatureCollection data = in.read();
        Map<String, Object> params = new HashMap<>();
        params.put("data", data);
        params.put("valueAttr", in.valueColumn);
        out.addTo(params, data);
        addMethodParameters(params);
        params.put("autoTune", auto);
        GridCoverage2D result =
                ProcessRunner.run(processName(), params, spec.commandLine().getErr());
        Object tuned = result.getProperty("interpolation.autoTune");
        if (tuned instanceof String choice) {
            spec.commandLine().getOut().println("autoTune: " + choice);
        }
        ProcessRunner.write(
                result,
                out,
                out.pictureSpec(in.valueColumn, data, params),
                spec.commandLine().getOut());
        return new Run(data, params, result);
    }
}
