package org.geointerp.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.data.simple.SimpleFeatureCollection;
import picocli.CommandLine.Option;

/** Where the observations come from: shared by every method's sub-command. */
public final class InputOptions {

    @Option(
            names = {"-i", "--input"},
            required = true,
            paramLabel = "FILE",
            description = "Observations: a CSV file with a header row, or a GeoJSON FeatureCollection of points.")
    Path input;

    @Option(
            names = "--x-column",
            defaultValue = "x",
            paramLabel = "NAME",
            description = "CSV column holding x (easting or longitude). Default: ${DEFAULT-VALUE}.")
    String xColumn;

    @Option(
            names = "--y-column",
            defaultValue = "y",
            paramLabel = "NAME",
            description = "CSV column holding y (northing or latitude). Default: ${DEFAULT-VALUE}.")
    String yColumn;

    @Option(
            names = {"-v", "--value-column"},
            defaultValue = "value",
            paramLabel = "NAME",
            description = "CSV column or GeoJSON property holding the value to interpolate; empty or non-numeric"
                    + " values are skipped and counted; values beyond the 32-bit float range of the output"
                    + " (+-3.4e38) are refused. Default: ${DEFAULT-VALUE}.")
    String valueColumn;

    @Option(
            names = "--crs",
            paramLabel = "CODE",
            description = "CRS of the input coordinates, e.g. EPSG:32633 (x = easting, longitude first for"
                    + " geographic CRSs). Default: none for CSV (plain coordinates), WGS 84 longitude/latitude for"
                    + " GeoJSON.")
    String crs;

    CoordinateReferenceSystem crs() {
        return Crs.decode("--crs", crs);
    }

    SimpleFeatureCollection read() throws IOException {
        return FeatureFiles.read(input, xColumn, yColumn, valueColumn, crs());
    }
}
