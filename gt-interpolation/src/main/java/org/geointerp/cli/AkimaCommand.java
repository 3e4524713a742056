package org.geointerp.cli;

import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code geointerp akima}: runs interpolation:Akima on files. */
@Command(
        name = "akima",
        mixinStandardHelpOptions = true,
        description = {
            "Akima (1996, ACM TOMS 761) interpolation: local cubic fits for the derivatives, a Delaunay"
                    + " triangulation, a quintic on each triangle. Reproduces cubic polynomials; smooth and local."
        })
final class AkimaCommand extends ProcessCommand {

    @Option(
            names = "--extrapolate",
            description = "Fill cells outside the triangulated data area with Akima's extrapolation (meant for the"
                    + " vicinity of the data). Default: nodata there.")
    boolean extrapolate;

    @Override
    String processName() {
        return "Akima";
    }

    @Override
    void addMethodParameters(Map<String, Object> params) {
        params.put("extrapolate", extrapolate);
    }
}
