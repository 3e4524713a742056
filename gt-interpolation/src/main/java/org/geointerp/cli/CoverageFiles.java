package org.geointerp.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.geointerp.output.AsciiGridEncoder;
import org.geointerp.output.GeoTiffEncoder;
import org.geointerp.output.GeoTiffOptions;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.coverage.util.CoverageUtilities;

/** Writes a coverage as GeoTIFF, ESRI ASCII grid and a PNG picture. */
public final class CoverageFiles {

    /** The output formats, by file extension. */
    public enum Format {
        TIF,
        ASC,
        PNG
    }

    private CoverageFiles() {}

    /** Writes every requested format to {@code base + "." + ext}; returns the files written. */
    public static List<Path> write(
            GridCoverage2D coverage, Path base, List<Format> formats, ColorRamp.Scale scale, GeoTiffOptions tiff)
            throws IOException {
        List<Path> written = new ArrayList<>();
        if (base.toAbsolutePath().getParent() != null) {
            Files.createDirectories(base.toAbsolutePath().getParent());
        }
        for (Format f : formats) {
            Path file = base.resolveSibling(base.getFileName() + "." + f.name().toLowerCase(Locale.ROOT));
            switch (f) {
                case TIF -> writeGeoTiff(coverage, file, tiff);
                case ASC -> writeAsciiGrid(coverage, file);
                case PNG -> writePng(coverage, file, scale);
            }
            written.add(file);
        }
        return written;
    }

    /** GeoTIFF through the shared encoder (tiled and compressed unless {@code options} say strips). */
    public static void writeGeoTiff(GridCoverage2D coverage, Path file, GeoTiffOptions options) throws IOException {
        GeoTiffEncoder.write(coverage, file, options);
    }

    /** ESRI ASCII grid of band 0 through the shared encoder ({@code dx}/{@code dy} for non-square cells). */
    public static void writeAsciiGrid(GridCoverage2D coverage, Path file) throws IOException {
        AsciiGridEncoder.write(coverage, file);
    }

    /** Band 0 through a colour ramp; nodata transparent; band 1, if any, as alpha (a membership band). */
    public static void writePng(GridCoverage2D coverage, Path file, ColorRamp.Scale scale) throws IOException {
        BufferedImage img = ColorRamp.render(coverage.getRenderedImage().getData(), noData(coverage), scale);
        ImageIO.write(img, "png", file.toFile());
    }

    static double noData(GridCoverage2D coverage) {
        var nd = CoverageUtilities.getNoDataProperty(coverage);
        return nd == null ? Double.NaN : nd.getAsSingleValue();
    }
}
