package org.geointerp.output;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.geotools.coverage.grid.GridCoverage2D;

/**
 * Writes band 0 of a coverage as an ESRI ASCII grid, the one encoder of the command line and the server. Square
 * cells get the standard {@code cellsize} header; non-square cells {@code dx} and {@code dy}, which GDAL reads, so
 * the grid stays where it belongs (GeoTools' ArcGridWriter writes one cell size and misplaces such grids). Coordinates
 * and cell sizes are written in full (the shortest decimal that reads back as the same double), values with float
 * precision, nodata cells as the declared nodata value. The header's x is easting (or longitude) whatever the CRS's
 * axis order.
 */
public final class AsciiGridEncoder {

    private AsciiGridEncoder() {}

    public static void write(GridCoverage2D coverage, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(RasterContent.of(coverage), out);
        }
    }

    public static byte[] encode(GridCoverage2D coverage) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(RasterContent.of(coverage), out);
        return out.toByteArray();
    }

    public static void write(RasterContent content, OutputStream stream) throws IOException {
        ModelGrid g = ModelGrid.of(content);
        double noData = Double.isNaN(content.noData()) ? -9999 : content.noData();
        String noDataText = GeoTiffEncoder.noDataText(noData);
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.US_ASCII), 1 << 16);
        out.write("ncols " + g.width() + "\nnrows " + g.height() + "\n");
        out.write("xllcorner " + plain(g.west()) + "\nyllcorner " + plain(g.south()) + "\n");
        if (g.squareCells()) {
            out.write("cellsize " + plain(g.cellWidth()) + "\n");
        } else {
            out.write("dx " + plain(g.cellWidth()) + "\ndy " + plain(g.cellHeight()) + "\n");
        }
        out.write("NODATA_value " + noDataText + "\n");
        float[] band = content.bands()[0];
        StringBuilder line = new StringBuilder();
        for (int row = 0; row < g.height(); row++) {
            line.setLength(0);
            for (int col = 0; col < g.width(); col++) {
                if (col > 0) {
                    line.append(' ');
                }
                float v = band[row * g.width() + col];
                line.append(content.isNoData(v) ? noDataText : Float.toString(v));
            }
            line.append('\n');
            out.write(line.toString());
        }
        out.flush();
    }

    /** The shortest decimal that reads back as {@code v}, without exponent. */
    static String plain(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
