package org.geointerp.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.data.simple.SimpleFeatureCollection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code geointerp akima}: runs interpolation:Akima on files. */
@Command(name = "akima", mixinStandardHelpOptions = true,
        description = {"Akima (1996, ACM TOMS 761) interpolation: local cubic fits for the derivatives, a Delaunay"
                + " triangulation, a quintic on each triangle. Reproduces cubic polynomials; smooth and local."})
final class AkimaCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions in;

    @Mixin
    OutputOptions out;

    @Option(names = "--extrapolate",
            description = "Fill cells outside the triangulated data area with Akima's extrapolation (meant for the"
                    + " vicinity of the data). Default: nodata there.")
    boolean extrapolate;

    @Override
    public Integer call() throws Exception {
        SimpleFeatureCollection data = in.read();
        Map<String, Object> params = new HashMap<>();
        params.put("data", data);
        params.put("valueAttr", in.valueColumn);
        out.addTo(params, data);
        params.put("extrapolate", extrapolate);
        GridCoverage2D result = ProcessRunner.run("Akima", params, spec.commandLine().getErr());
        ProcessRunner.write(result, out, spec.commandLine().getOut());
        return 0;
    }
}
