package org.geointerp.cli;

import java.nio.file.Path;
import java.util.Map;
import org.geointerp.engine.clusterpolate.ClusterpolateMethod;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.geometry.jts.ReferencedEnvelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code geointerp clusterpolate}: runs interpolation:Clusterpolate on files. The PNG is the clusterpolate
 * package's {@code image()} picture: the value through a colour ramp (normalised to the raster's range unless
 * {@code --no-normalize}), the membership degree as opacity; the GeoTIFF holds both bands.
 */
@Command(
        name = "clusterpolate",
        mixinStandardHelpOptions = true,
        defaultValueProvider = RegistryDefaults.class,
        description = {
            "Clusterpolation (the clusterpolate package): kernel-weighted mean of the points within a"
                    + " radius, plus a membership band (1 on a data point, 0 from the radius on) that leaves the space"
                    + " between clusters empty. Distances are in units of the output CRS.",
            "Writes BASE.tif (value and membership bands), BASE.asc (value) and BASE.png (colour = value,"
                    + " opacity = membership)."
        })
final class ClusterpolateCommand extends ProcessCommand {

    @Option(
            names = "--radius",
            descriptionKey = "radius",
            paramLabel = "DIST",
            description = "Kernel radius; only points strictly closer count. Default: the median distance from a"
                    + " data point to its 20th nearest other point.")
    Double radius;

    @Option(
            names = "--kernel",
            descriptionKey = "kernel",
            paramLabel = "NAME",
            description = "bump (the package's default), epanechnikov, triweight or gaussian."
                    + " Default: ${DEFAULT-VALUE}.")
    String kernel;

    @Option(
            names = "--membership-threshold",
            descriptionKey = "membershipThreshold",
            paramLabel = "M",
            description = "Cells with membership below M are nodata in the value band. Default: ${DEFAULT-VALUE}.")
    double membershipThreshold;

    @Option(names = "--no-membership", description = "Write the value band only (the PNG is then opaque).")
    boolean noMembership;

    @Option(
            names = "--no-normalize",
            description = "Colour the raw values, which should lie in [0, 1] (the package's normalize=False);"
                    + " by default the ramp spans the raster's own range. --range overrides both.")
    boolean noNormalize;

    @Option(
            names = "--points-picture",
            description = "Also write BASE_points.png: the raw points over the same extent, coloured on the same"
                    + " scale, to set beside the raster picture.")
    boolean pointsPicture;

    ClusterpolateCommand() {
        super(ClusterpolateMethod.NAME);
    }

    @Override
    void addMethodParameters(Map<String, Object> params) throws Exception {
        super.addMethodParameters(params);
        params.put("outputMembership", !noMembership);
    }

    @Override
    public Integer call() throws Exception {
        if (noNormalize && out.range == null) {
            out.range = new double[] {0, 1};
        }
        Run run = runAndWrite();
        SimpleFeatureCollection data = run.data();
        Map<String, Object> params = run.params();
        GridCoverage2D result = run.result();
        if (pointsPicture) {
            Path file = out.output.resolveSibling(out.output.getFileName() + "_points.png");
            PointsPicture.write(
                    data,
                    in.valueColumn,
                    (ReferencedEnvelope) params.get("outputBBOX"),
                    (Integer) params.get("outputWidth"),
                    (Integer) params.get("outputHeight"),
                    CoverageFiles.legend(
                            org.geointerp.output.RasterContent.of(result),
                            out.pictureSpec(in.valueColumn, null, params),
                            0),
                    file);
            spec.commandLine().getOut().println("wrote " + file);
        }
        return 0;
    }
}
