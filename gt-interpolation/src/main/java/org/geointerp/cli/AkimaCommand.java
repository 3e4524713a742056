package org.geointerp.cli;

import org.geointerp.engine.akima.AkimaMethod;
import org.geointerp.engine.akima.AkimaOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code geointerp akima}: runs interpolation:Akima on files. */
@Command(
        name = "akima",
        mixinStandardHelpOptions = true,
        defaultValueProvider = RegistryDefaults.class,
        description = {
            "Akima (1996, ACM TOMS 761) interpolation: local fits for the derivatives (least-squares quadratics by"
                    + " default, Akima's cubics with --preset PAPER), a Delaunay triangulation, a quintic on each"
                    + " triangle. Smooth and local."
        })
final class AkimaCommand extends ProcessCommand {

    @Option(
            names = "--extrapolate",
            descriptionKey = "extrapolate",
            description = "Fill cells outside the triangulated data area with Akima's extrapolation (meant for the"
                    + " vicinity of the data). Default: nodata there.")
    boolean extrapolate;

    @Option(
            names = "--preset",
            descriptionKey = "preset",
            paramLabel = "NAME",
            description = "Named setting: ROBUST (field data, noisy or not: derivatives from least-squares quadratics,"
                    + " samples within a hundredth of the mean spacing merged), PAPER (Akima's TOMS 761: reproduces"
                    + " cubics, amplifies noise). Default: ${DEFAULT-VALUE}.")
    AkimaOptions.Preset preset;

    AkimaCommand() {
        super(AkimaMethod.NAME);
    }
}
