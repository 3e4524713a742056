package org.geointerp.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.geointerp.engine.GridSpec;
import org.geointerp.output.GeoTiffEncoder;
import org.geointerp.output.GeoTiffOptions;
import org.geointerp.output.RasterContent;
import org.geointerp.process.GridCoverages;
import org.geointerp.process.OutputGrid;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.geometry.jts.ReferencedEnvelope;

/**
 * Stores the tiles as GeoTIFF files (the project's encoder: 32-bit float, 256 x 256 tiles, DEFLATE with the
 * floating-point predictor, CRS, nodata, band names and the fixed parameters as GDAL metadata) plus a GDAL
 * VRT mosaic that places every tile at its offset in the whole grid, on any Hadoop file system ({@code file:},
 * {@code hdfs:}, {@code s3a:} ...). The tiles are written by the tasks that compute them; the driver writes the VRT
 * from what they report. Open the VRT in QGIS or GDAL as one raster.
 */
public final class TileWriter {

    /** Internal GeoTIFF tile side: readers fetch 256 x 256 blocks, not whole rows of a 4096-wide tile. */
    static final int BLOCK = 256;

    private TileWriter() {}

    /** What was written: the tile files and the mosaic. */
    public record Written(List<String> tiles, String vrt) {}

    /**
     * Writes {@code result}'s tiles to {@code directory} as {@code <name>_<col>_<row>[_<part>].tif} and the mosaic
     * as {@code <name>.vrt}.
     */
    public static Written write(TiledResult result, String directory, String name) throws IOException {
        return write(result, directory, name, 0);
    }

    /**
     * As {@link #write(TiledResult, String, String)}, each sample rounded to nearest with {@code discardedBits} low
     * mantissa bits discarded (lossy, as GDAL's DISCARD_LSB: relative error at most {@code 2^-(24 - discardedBits)};
     * 0 lossless), see {@link GeoTiffOptions#discardedBits()}.
     */
    public static Written write(TiledResult result, String directory, String name, int discardedBits)
            throws IOException {
        GeoTiffOptions.defaults().withDiscardedBits(discardedBits); // refused here, not in every task
        SparkSession spark = result.tiles().sparkSession();
        Map<String, String> conf = new HashMap<>();
        spark.sparkContext().hadoopConfiguration().forEach(e -> conf.put(e.getKey(), e.getValue()));
        InterpolationRequest request = result.request();
        TileSink sink = new TileSink(
                directory, name, conf, request.crs(), request.noData(), result.parameters(), discardedBits);
        List<Row> written = result.tiles().javaRDD().mapPartitions(sink::write).collect();
        List<TileFile> files = new ArrayList<>();
        for (Row r : written) {
            files.add(new TileFile(r.getString(0), r.getInt(1), r.getInt(2), r.getInt(3), r.getInt(4)));
        }
        files.sort((a, b) -> a.file().compareTo(b.file()));
        String[] bands = written.isEmpty()
                ? new String[] {"value"}
                : written.get(0).getString(5).split(",");
        String vrt = Vrt.xml(request.grid(), crsWkt(request.crs()), request.noData(), bands, files, BLOCK);
        Path vrtPath = new Path(directory, name + ".vrt");
        FileSystem fs = vrtPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (OutputStream out = fs.create(vrtPath, true)) {
            out.write(vrt.getBytes(StandardCharsets.UTF_8));
        }
        List<String> names = new ArrayList<>();
        for (TileFile f : files) {
            names.add(new Path(directory, f.file()).toString());
        }
        return new Written(names, vrtPath.toString());
    }

    private static String crsWkt(String code) {
        CoordinateReferenceSystem crs = InterpolationRequest.decode("crs", code);
        return crs == null ? null : crs.toWKT();
    }

    /** One written tile: its file name (relative to the VRT) and its place in the grid. */
    record TileFile(String file, int colOffset, int rowOffset, int width, int height) {}

    /** The task side: encodes each tile and writes it through the Hadoop file system. */
    static final class TileSink implements Serializable {
        private static final long serialVersionUID = 1L;

        private final String directory;
        private final String name;
        private final HashMap<String, String> conf;
        private final String crs;
        private final double noData;
        private final HashMap<String, Object> properties = new HashMap<>();
        private final int discardedBits;

        TileSink(
                String directory,
                String name,
                Map<String, String> conf,
                String crs,
                double noData,
                Map<String, String> parameters,
                int discardedBits) {
            this.discardedBits = discardedBits;
            this.directory = directory;
            this.name = name;
            this.conf = new HashMap<>(conf);
            this.crs = crs;
            this.noData = noData;
            parameters.forEach((k, v) -> properties.put(RasterContent.PROPERTY_PREFIX + k, v));
        }

        Iterator<Row> write(Iterator<Row> tiles) throws IOException {
            Configuration hadoop = new Configuration(false);
            conf.forEach(hadoop::set);
            FileSystem fs = FileSystem.get(URI.create(directory), hadoop);
            List<Row> out = new ArrayList<>();
            while (tiles.hasNext()) {
                Row r = tiles.next();
                int col = r.getAs("tile_col");
                int row = r.getAs("tile_row");
                int part = r.getAs("part");
                String file = String.format(Locale.ROOT, "%s_%d_%d%s.tif", name, col, row, part == 0 ? "" : "_" + part);
                GridCoverage2D raster = r.getAs("raster");
                GridCoverage2D coverage = withNoData(raster);
                try (OutputStream o = fs.create(new Path(directory, file), true)) {
                    o.write(geoTiff(coverage, discardedBits));
                }
                StringBuilder bands = new StringBuilder();
                for (int b = 0; b < coverage.getNumSampleDimensions(); b++) {
                    bands.append(b == 0 ? "" : ",")
                            .append(coverage.getSampleDimension(b).getDescription());
                }
                out.add(org.apache.spark.sql.RowFactory.create(
                        file,
                        r.<Integer>getAs("col_offset"),
                        r.<Integer>getAs("row_offset"),
                        r.<Integer>getAs("width"),
                        r.<Integer>getAs("height"),
                        bands.toString()));
            }
            return out.iterator();
        }

        /**
         * The tile as the processes make coverages (nodata declared as a property, which GeoTiffWriter turns into
         * the GDAL_NODATA tag): Sedona's raster type does not carry a coverage's properties through the shuffle.
         */
        private GridCoverage2D withNoData(GridCoverage2D raster) {
            java.awt.image.Raster data = raster.getRenderedImage().getData();
            int w = data.getWidth();
            int h = data.getHeight();
            float[][] bands = new float[data.getNumBands()][];
            String[] names = new String[bands.length];
            for (int b = 0; b < bands.length; b++) {
                bands[b] = data.getSamples(data.getMinX(), data.getMinY(), w, h, b, new float[w * h]);
                names[b] = raster.getSampleDimension(b).getDescription().toString();
            }
            ReferencedEnvelope env = new ReferencedEnvelope(raster.getEnvelope2D());
            ReferencedEnvelope withCrs = new ReferencedEnvelope(
                    env.getMinX(),
                    env.getMaxX(),
                    env.getMinY(),
                    env.getMaxY(),
                    InterpolationRequest.decode("crs", crs));
            return GridCoverages.create("interpolation", OutputGrid.of(withCrs, w, h), bands, names, noData, Map.of());
        }
    }

    /**
     * A GeoTIFF of the coverage with the project's encoder: 256 x 256 tiles, DEFLATE with the floating-point
     * predictor, band names, nodata and the fixed parameters as GDAL metadata, overviews above 2048 cells a side.
     */
    static byte[] geoTiff(GridCoverage2D coverage, int discardedBits) throws IOException {
        return GeoTiffEncoder.encode(coverage, GeoTiffOptions.defaults().withDiscardedBits(discardedBits));
    }

    /** The GDAL VRT of a mosaic. */
    static final class Vrt {
        private Vrt() {}

        static String xml(GridSpec grid, String wkt, double noData, String[] bands, List<TileFile> files, int block) {
            StringBuilder s = new StringBuilder();
            s.append(String.format(
                    Locale.ROOT, "<VRTDataset rasterXSize=\"%d\" rasterYSize=\"%d\">\n", grid.width(), grid.height()));
            if (wkt != null) {
                s.append("  <SRS dataAxisToSRSAxisMapping=\"1,2\">")
                        .append(escape(wkt))
                        .append("</SRS>\n");
            }
            s.append(String.format(
                    Locale.ROOT,
                    "  <GeoTransform>%.17g, %.17g, 0, %.17g, 0, %.17g</GeoTransform>\n",
                    grid.minX(),
                    grid.cellWidth(),
                    grid.maxY(),
                    -grid.cellHeight()));
            for (int b = 0; b < bands.length; b++) {
                s.append(String.format(Locale.ROOT, "  <VRTRasterBand dataType=\"Float32\" band=\"%d\">\n", b + 1));
                s.append("    <Description>").append(escape(bands[b])).append("</Description>\n");
                s.append(String.format(Locale.ROOT, "    <NoDataValue>%.17g</NoDataValue>\n", noData));
                for (TileFile f : files) {
                    s.append("    <SimpleSource>\n");
                    s.append("      <SourceFilename relativeToVRT=\"1\">")
                            .append(escape(f.file()))
                            .append("</SourceFilename>\n");
                    s.append(String.format(Locale.ROOT, "      <SourceBand>%d</SourceBand>\n", b + 1));
                    s.append(String.format(
                            Locale.ROOT,
                            "      <SourceProperties RasterXSize=\"%d\" RasterYSize=\"%d\" DataType=\"Float32\""
                                    + " BlockXSize=\"%d\" BlockYSize=\"%d\"/>\n",
                            f.width(),
                            f.height(),
                            Math.min(block, f.width()),
                            Math.min(block, f.height())));
                    s.append(String.format(
                            Locale.ROOT,
                            "      <SrcRect xOff=\"0\" yOff=\"0\" xSize=\"%d\" ySize=\"%d\"/>\n",
                            f.width(),
                            f.height()));
                    s.append(String.format(
                            Locale.ROOT,
                            "      <DstRect xOff=\"%d\" yOff=\"%d\" xSize=\"%d\" ySize=\"%d\"/>\n",
                            f.colOffset(),
                            f.rowOffset(),
                            f.width(),
                            f.height()));
                    s.append("    </SimpleSource>\n");
                }
                s.append("  </VRTRasterBand>\n");
            }
            s.append("</VRTDataset>\n");
            return s.toString();
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;")
                    .replace("<", "&lt;")
                    .replace(">", "&gt;")
                    .replace("\"", "&quot;");
        }
    }
}
