package org.geointerp.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.geotools.api.feature.type.Name;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.feature.NameImpl;
import org.geotools.process.Process;
import org.geotools.process.Processors;

/**
 * Runs an interpolation process found through {@link Processors} (the path GeoServer takes) and writes its result:
 * the command line adds nothing of its own between the files and the process.
 */
final class ProcessRunner {

    private ProcessRunner() {}

    static GridCoverage2D run(String processName, Map<String, Object> params, PrintWriter err) {
        Name name = new NameImpl("interpolation", processName);
        Process process = Processors.createProcess(name);
        if (process == null) {
            throw new IllegalStateException("process " + name + " is not registered");
        }
        ConsoleProgress progress = new ConsoleProgress(err);
        Map<String, Object> result = process.execute(params, progress);
        return (GridCoverage2D) result.get("result");
    }

    static void write(GridCoverage2D coverage, OutputOptions out, PictureSpec picture, PrintWriter stdout)
            throws java.io.IOException {
        if (out.formats.contains(CoverageFiles.Format.TIF)
                && coverage.getCoordinateReferenceSystem2D() != null
                && !(coverage.getCoordinateReferenceSystem2D() instanceof org.geotools.api.referencing.crs.ProjectedCRS
                        || coverage.getCoordinateReferenceSystem2D()
                                instanceof org.geotools.api.referencing.crs.GeographicCRS)) {
            throw new IllegalArgumentException("--crs: GeoTIFF needs a projected or geographic CRS and the data have"
                    + " none; give --crs (or --output-crs), or choose --format ASC,PNG");
        }
        List<Path> files = CoverageFiles.write(coverage, out.output, out.formats, picture, out.tiffOptions());
        for (Path f : files) {
            stdout.println("wrote " + f);
        }
    }
}
