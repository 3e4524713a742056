package org.geointerp.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code geointerp demo}: runs every method on the bundled sample data (folder {@code sample-data} of the
 * repository), writing GeoTIFF, ASCII grid and PNG files to one output folder.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Runs every method on the bundled sample data and writes rasters and pictures.")
final class DemoCommand implements Callable<Integer> {

    @Option(
            names = "--data",
            defaultValue = "sample-data",
            paramLabel = "DIR",
            description = "Folder with the bundled sample data. Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(
            names = "--out",
            defaultValue = "demo-output",
            paramLabel = "DIR",
            description = "Folder the results are written to. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(
            names = "--tiff-layout",
            paramLabel = "LAYOUT",
            description = "Passed to every run that writes a GeoTIFF (see shepard --help). Default: TILED.")
    String tiffLayout;

    @Option(
            names = "--discard-lsb",
            paramLabel = "BITS",
            description = "Passed to every run that writes a GeoTIFF: lossy precision, relative error at most"
                    + " 2^-(24-BITS) (see shepard --help). Default: 0 (lossless).")
    String discardLsb;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One demo run: a sub-command and its arguments; {@code {data}} and {@code {out}} are replaced. */
    static List<String[]> runs() {
        List<String[]> runs = new ArrayList<>();
        String[] franke = {
            "-i",
            "{data}/franke_dps1_f1.csv",
            "--crs",
            "EPSG:32633",
            "--bbox",
            "500000,5000000,510000,5010000",
            "-W",
            "400"
        };
        runs.add(concat(new String[] {"shepard", "-o", "{out}/shepard_franke"}, franke));
        runs.add(concat(new String[] {"shepard", "-o", "{out}/idw_franke", "--mode", "IDW"}, franke));
        runs.add(concat(
                new String[] {"shepard", "-o", "{out}/shepard_franke_river", "--barriers", "{data}/river_utm33.geojson"
                },
                franke));
        // the clusterpolate package's own example: 500 points on a noisy arc, radius 0.2, plain coordinates
        runs.add(new String[] {
            "clusterpolate",
            "-i",
            "{data}/clusterpolate_arc.csv",
            "-o",
            "{out}/clusterpolate_arc",
            "--bbox",
            "-1.5,-1.5,1.5,1.5",
            "-W",
            "500",
            "--radius",
            "0.2",
            "--format",
            "PNG,ASC",
            "--points-picture"
        });
        runs.add(concat(new String[] {"akima", "-o", "{out}/akima_franke"}, franke));
        runs.add(concat(new String[] {"purbf", "-o", "{out}/purbf_franke"}, franke));
        // cross-validation of every method on the same points: the table on the console, residual maps as files
        runs.add(
                new String[] {"cv", "-i", "{data}/franke_dps1_f1.csv", "--crs", "EPSG:32633", "-o", "{out}/cv_franke"});
        // 3D: a cylinder of points, written as one band per height
        runs.add(new String[] {
            "purbf",
            "-i",
            "{data}/purbf_cylinder_f3d.csv",
            "--crs",
            "EPSG:32633",
            "--z-column",
            "z",
            "--z-levels",
            "1000,5000,9000",
            "-W",
            "200",
            "-o",
            "{out}/purbf_cylinder_levels"
        });
        return runs;
    }

    private static void addIfGiven(List<String> args, String option, String value) {
        if (value != null) {
            args.add(option);
            args.add(value);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) {
            throw new IllegalArgumentException("--data: no folder '" + data.toAbsolutePath()
                    + "'; run the demo from the repository root or give --data");
        }
        Files.createDirectories(out);
        for (String[] run : runs()) {
            List<String> args = new ArrayList<>();
            for (String a : run) {
                args.add(a.replace("{data}", data.toString()).replace("{out}", out.toString()));
            }
            if (!"cv".equals(run[0])) { // the runs with output options
                addIfGiven(args, "--tiff-layout", tiffLayout);
                addIfGiven(args, "--discard-lsb", discardLsb);
            }
            spec.commandLine().getOut().println("geointerp " + String.join(" ", args));
            int code = Main.commandLine().execute(args.toArray(String[]::new));
            if (code != 0) {
                return code;
            }
        }
        spec.commandLine().getOut().println("demo results are in " + out.toAbsolutePath());
        return 0;
    }
}
