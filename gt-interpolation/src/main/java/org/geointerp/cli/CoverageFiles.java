package org.geointerp.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geointerp.output.AsciiGridEncoder;
import org.geointerp.output.GeoTiffEncoder;
import org.geointerp.output.GeoTiffOptions;
import org.geointerp.output.Legend;
import org.geointerp.output.Picture;
import org.geointerp.output.PngFiles;
import org.geointerp.output.QgisStyle;
import org.geointerp.output.RasterContent;
import org.geointerp.output.Software;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.referencing.CRS;

/**
 * Writes a coverage as GeoTIFF (with a QGIS style beside it), ESRI ASCII grid and a PNG picture, through the shared
 * encoders of {@code org.geointerp.output}. The picture and the style share one legend: same ramp, same range.
 */
public final class CoverageFiles {

    /** The output formats, by file extension. */
    public enum Format {
        TIF,
        ASC,
        PNG
    }

    /** A band described so (clusterpolate's) is drawn as opacity, not coloured. */
    static final String MEMBERSHIP = "membership";

    private CoverageFiles() {}

    /** Writes every requested format to {@code base + "." + ext} (and {@code base.qml} with a GeoTIFF). */
    public static List<Path> write(
            GridCoverage2D coverage, Path base, List<Format> formats, PictureSpec picture, GeoTiffOptions tiff)
            throws IOException {
        List<Path> written = new ArrayList<>();
        if (base.toAbsolutePath().getParent() != null) {
            Files.createDirectories(base.toAbsolutePath().getParent());
        }
        RasterContent content = RasterContent.of(coverage);
        Legend legend = legend(content, picture, 0);
        for (Format f : formats) {
            Path file = sibling(base, f.name().toLowerCase(Locale.ROOT));
            switch (f) {
                case TIF -> {
                    GeoTiffEncoder.write(content, file, tiff);
                    written.add(file);
                    file = sibling(base, "qml");
                    writeStyle(content, legend, file);
                }
                case ASC -> writeAsciiGrid(content, file);
                case PNG -> writePicture(content, legend, picture, file);
            }
            written.add(file);
        }
        return written;
    }

    static Path sibling(Path base, String ext) {
        return base.resolveSibling(base.getFileName() + "." + ext);
    }

    /** The legend of band {@code band}: the value's name, the ramp, the given range or the band's own. */
    static Legend legend(RasterContent content, PictureSpec picture, int band) {
        return Legend.of(picture.valueName(), picture.ramp(), content, band, picture.min(), picture.max());
    }

    /** The QGIS style of the GeoTIFF: band 1 coloured as the picture, a membership band as opacity. */
    static void writeStyle(RasterContent content, Legend legend, Path qml) throws IOException {
        int alpha = alphaBand(content);
        QgisStyle.write(qml, legend, 1, alpha < 0 ? -1 : alpha + 1);
    }

    static void writeAsciiGrid(RasterContent content, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            AsciiGridEncoder.write(content, out);
        }
    }

    /** The picture of band 0, with colour bar, caption and the overlays; its legend also in the PNG's text. */
    static void writePicture(RasterContent content, Legend legend, PictureSpec picture, Path file) throws IOException {
        String title = content.items().getOrDefault("method", "surface");
        BufferedImage img = Picture.render(
                content,
                legend,
                new Picture.Options(
                        0,
                        alphaBand(content),
                        title,
                        crsName(content.crs()),
                        picture.pointsX(),
                        picture.pointsY(),
                        picture.barriers()));
        Map<String, String> text = new LinkedHashMap<>();
        text.put("Title", title);
        text.put("Legend", legend.title());
        text.put("Legend minimum", Double.toString(legend.min()));
        text.put("Legend maximum", Double.toString(legend.max()));
        text.put("Software", Software.NAME_AND_VERSION);
        PngFiles.write(img, file, text);
    }

    static int alphaBand(RasterContent content) {
        return content.bandDescriptions().indexOf(MEMBERSHIP);
    }

    /** "EPSG:32633 WGS 84 / UTM zone 33N", or the CRS's name, or null without one. */
    static String crsName(CoordinateReferenceSystem crs) {
        if (crs == null) {
            return null;
        }
        String name = crs.getName().getCode();
        try {
            String id = CRS.lookupIdentifier(crs, false);
            return id == null ? name : id + " " + name;
        } catch (Exception e) {
            return name;
        }
    }
}
