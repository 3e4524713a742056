package org.geointerp.cli;

import java.nio.file.Path;
import java.util.Map;
import org.geointerp.engine.shepard.ShepardMethod;
import org.geointerp.engine.shepard.ShepardOptions;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code geointerp shepard}: runs interpolation:Shepard on files. */
@Command(
        name = "shepard",
        mixinStandardHelpOptions = true,
        defaultValueProvider = RegistryDefaults.class,
        description = {
            "Shepard (1968) SYMAP interpolation: 4 to 10 neighbours within an adaptive radius, direction"
                    + " and slope terms, exact at the data points. Distances are in units of the output CRS."
        })
final class ShepardCommand extends ProcessCommand {

    @Option(
            names = "--mode",
            descriptionKey = "mode",
            paramLabel = "MODE",
            description = "SYMAP: the paper's full method. IDW: plain inverse distance weighting d^-u over the same"
                    + " neighbours. One of ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    ShepardOptions.Mode mode;

    @Option(
            names = "--min-neighbours",
            descriptionKey = "minNeighbours",
            paramLabel = "N",
            description = "Fewest neighbours per cell (paper: 4). Default: ${DEFAULT-VALUE}.")
    int minNeighbours;

    @Option(
            names = "--max-neighbours",
            descriptionKey = "maxNeighbours",
            paramLabel = "N",
            description = "Most neighbours per cell (paper: 10). Default: ${DEFAULT-VALUE}.")
    int maxNeighbours;

    @Option(
            names = "--radius",
            descriptionKey = "radius",
            paramLabel = "DIST",
            description = "Search radius r. Default: from pi r^2 = 7 A / N, A the convex hull area of the data.")
    Double radius;

    @Option(names = "--no-direction", description = "Leave out the direction (shadowing) term.")
    boolean noDirection;

    @Option(names = "--no-slopes", description = "Leave out the slope increments (flat at data points).")
    boolean noSlopes;

    @Option(
            names = "--slope-scale",
            descriptionKey = "slopeScale",
            paramLabel = "DIST",
            description = "The distance nu bounding slope increments. Default: 0.1 (max z - min z) / largest slope.")
    Double slopeScale;

    @Option(
            names = "--exponent",
            descriptionKey = "exponent",
            paramLabel = "U",
            description = "Exponent u of the IDW mode (paper: 2). Default: ${DEFAULT-VALUE}.")
    double exponent;

    @Option(
            names = "--barriers",
            paramLabel = "FILE",
            description = "GeoJSON lines and polygons (rivers, roads, lakes) that lengthen distances: where the path"
                    + " from a cell to a data point is blocked, d becomes sqrt(d^2 + b^2), b the extra length of the"
                    + " shortest way around. Polygons are obstacles without value. Coordinates in the --crs of the"
                    + " input when given, else WGS 84 longitude/latitude.")
    Path barriers;

    @Option(
            names = "--barrier-strength",
            paramLabel = "NAME",
            description = "Numeric property of the barriers giving b directly (output CRS units) per crossing;"
                    + " barriers without it use the geometric detour.")
    String barrierStrength;

    ShepardCommand() {
        super(ShepardMethod.NAME);
    }

    @Override
    void addMethodParameters(Map<String, Object> params) throws Exception {
        super.addMethodParameters(params);
        params.put("direction", !noDirection);
        params.put("slopes", !noSlopes);
        if (barriers != null) {
            CoordinateReferenceSystem crs = in.crs();
            params.put("barriers", FeatureFiles.readGeoJson(barriers, crs == null ? DefaultGeographicCRS.WGS84 : crs));
            params.put("barrierStrengthAttr", barrierStrength);
        }
    }
}
