package org.geointerp.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geointerp.engine.shepard.ShepardOptions;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.data.simple.SimpleFeatureCollection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code geointerp shepard}: runs interpolation:Shepard on files. */
@Command(name = "shepard", mixinStandardHelpOptions = true,
        description = {"Shepard (1968) SYMAP interpolation: 4 to 10 neighbours within an adaptive radius, direction"
                + " and slope terms, exact at the data points. Distances are in units of the output CRS."})
final class ShepardCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions in;

    @Mixin
    OutputOptions out;

    @Option(names = "--mode", defaultValue = "SYMAP", paramLabel = "MODE",
            description = "SYMAP: the paper's full method. IDW: plain inverse distance weighting d^-u over the same"
                    + " neighbours. One of ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    ShepardOptions.Mode mode;

    @Option(names = "--min-neighbours", defaultValue = "4", paramLabel = "N",
            description = "Fewest neighbours per cell (paper: 4). Default: ${DEFAULT-VALUE}.")
    int minNeighbours;

    @Option(names = "--max-neighbours", defaultValue = "10", paramLabel = "N",
            description = "Most neighbours per cell (paper: 10). Default: ${DEFAULT-VALUE}.")
    int maxNeighbours;

    @Option(names = "--radius", paramLabel = "DIST",
            description = "Search radius r. Default: from pi r^2 = 7 A / N, A the convex hull area of the data.")
    Double radius;

    @Option(names = "--no-direction", description = "Leave out the direction (shadowing) term.")
    boolean noDirection;

    @Option(names = "--no-slopes", description = "Leave out the slope increments (flat at data points).")
    boolean noSlopes;

    @Option(names = "--slope-scale", paramLabel = "DIST",
            description = "The distance nu bounding slope increments. Default: 0.1 (max z - min z) / largest slope.")
    Double slopeScale;

    @Option(names = "--exponent", defaultValue = "2", paramLabel = "U",
            description = "Exponent u of the IDW mode (paper: 2). Default: ${DEFAULT-VALUE}.")
    double exponent;

    @Override
    public Integer call() throws Exception {
        SimpleFeatureCollection data = in.read();
        Map<String, Object> params = new HashMap<>();
        params.put("data", data);
        params.put("valueAttr", in.valueColumn);
        out.addTo(params, data);
        params.put("mode", mode);
        params.put("minNeighbours", minNeighbours);
        params.put("maxNeighbours", maxNeighbours);
        params.put("radius", radius);
        params.put("direction", !noDirection);
        params.put("slopes", !noSlopes);
        params.put("slopeScale", slopeScale);
        params.put("exponent", exponent);
        GridCoverage2D result = ProcessRunner.run("Shepard", params, spec.commandLine().getErr());
        ProcessRunner.write(result, out, spec.commandLine().getOut());
        return 0;
    }
}
