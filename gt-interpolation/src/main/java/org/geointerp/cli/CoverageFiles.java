package org.geointerp.cli;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.coverage.util.CoverageUtilities;
import org.geotools.gce.geotiff.GeoTiffWriter;
import org.geotools.geometry.jts.ReferencedEnvelope;

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
    public static List<Path> write(GridCoverage2D coverage, Path base, List<Format> formats, ColorRamp.Scale scale)
            throws IOException {
        List<Path> written = new ArrayList<>();
        if (base.toAbsolutePath().getParent() != null) {
            Files.createDirectories(base.toAbsolutePath().getParent());
        }
        for (Format f : formats) {
            Path file = base.resolveSibling(base.getFileName() + "." + f.name().toLowerCase(Locale.ROOT));
            switch (f) {
                case TIF -> writeGeoTiff(coverage, file);
                case ASC -> writeAsciiGrid(coverage, file);
                case PNG -> writePng(coverage, file, scale);
            }
            written.add(file);
        }
        return written;
    }

    /** GeoTIFF with CRS, georeferencing and the GDAL_NODATA tag (from the coverage's nodata property). */
    public static void writeGeoTiff(GridCoverage2D coverage, Path file) throws IOException {
        GeoTiffWriter writer = new GeoTiffWriter(file.toFile());
        try {
            writer.write(coverage, null);
        } finally {
            writer.dispose();
        }
    }

    /**
     * ESRI ASCII grid of band 0. Written by hand: the format is a six-line header and the values, and GeoTools'
     * ArcGridWriter resamples non-square cells, whereas GDAL reads the {@code dx}/{@code dy} header used here for
     * them. Values keep float precision ({@code %.9g}). The envelope's first axis must be easting (the CLI's output
     * CRSs are).
     */
    public static void writeAsciiGrid(GridCoverage2D coverage, Path file) throws IOException {
        Raster r = coverage.getRenderedImage().getData();
        ReferencedEnvelope env = new ReferencedEnvelope(coverage.getEnvelope2D());
        int w = r.getWidth();
        int h = r.getHeight();
        double dx = env.getWidth() / w;
        double dy = env.getHeight() / h;
        double noData = noData(coverage);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            out.write("ncols " + w + "\nnrows " + h + "\n");
            out.write(String.format(Locale.ROOT, "xllcorner %.12g\nyllcorner %.12g\n", env.getMinX(), env.getMinY()));
            if (Math.abs(dx - dy) <= 1e-9 * Math.max(dx, dy)) {
                out.write(String.format(Locale.ROOT, "cellsize %.12g\n", dx));
            } else {
                out.write(String.format(Locale.ROOT, "dx %.12g\ndy %.12g\n", dx, dy));
            }
            out.write(String.format(Locale.ROOT, "NODATA_value %.9g\n", noData));
            StringBuilder line = new StringBuilder();
            for (int row = 0; row < h; row++) {
                line.setLength(0);
                for (int col = 0; col < w; col++) {
                    if (col > 0) {
                        line.append(' ');
                    }
                    float v = r.getSampleFloat(col, row, 0);
                    line.append(Float.isNaN(v) ? String.format(Locale.ROOT, "%.9g", noData) : Float.toString(v));
                }
                line.append('\n');
                out.write(line.toString());
            }
        }
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
