package org.geointerp.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A QGIS layer style ({@code .qml}) for a raster: a single-band pseudocolour renderer with the picture's ramp stops at
 * the legend's values, so the GeoTIFF opens in QGIS (which loads {@code NAME.qml} beside {@code NAME.tif} as the
 * layer's default style) coloured as the picture is. Nodata stays transparent; a membership band becomes the alpha
 * band.
 */
public final class QgisStyle {

    private QgisStyle() {}

    /**
     * @param band 1-based band coloured
     * @param alphaBand 1-based band used as opacity, or -1
     */
    public static String qml(Legend legend, int band, int alphaBand) {
        StringBuilder items = new StringBuilder();
        ColorRamp ramp = legend.ramp();
        int n = ramp.stopCount();
        StringBuilder stops = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double t = i / (double) (n - 1);
            double value = legend.min() + t * (legend.max() - legend.min());
            String color = hex(ramp.stop(i));
            items.append(String.format(
                    Locale.ROOT,
                    "          <item alpha=\"255\" value=\"%s\" label=\"%s\" color=\"%s\"/>%n",
                    Double.toString(value),
                    GdalMetadata.escape(legend.label(value)),
                    color));
            if (i > 0 && i < n - 1) {
                stops.append(stops.length() > 0 ? ":" : "")
                        .append(String.format(Locale.ROOT, "%.4f;%s", t, rgba(ramp.stop(i))));
            }
        }
        return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
                + "<qgis version=\"3.22\" styleCategories=\"Symbology\">\n"
                + "  <pipe>\n"
                + "    <rasterrenderer type=\"singlebandpseudocolor\" band=\"" + band + "\" opacity=\"1\" alphaBand=\""
                + alphaBand + "\" classificationMin=\"" + legend.min() + "\" classificationMax=\"" + legend.max()
                + "\" nodataColor=\"\">\n"
                + "      <rasterTransparency/>\n"
                + "      <minMaxOrigin><limits>None</limits><extent>WholeRaster</extent>"
                + "<statAccuracy>Exact</statAccuracy><cumulativeCutLower>0.02</cumulativeCutLower>"
                + "<cumulativeCutUpper>0.98</cumulativeCutUpper><stdDevFactor>2</stdDevFactor></minMaxOrigin>\n"
                + "      <rastershader>\n"
                + "        <colorrampshader colorRampType=\"INTERPOLATED\" classificationMode=\"2\" clip=\"0\""
                + " minimumValue=\"" + legend.min() + "\" maximumValue=\"" + legend.max() + "\" labelPrecision=\"6\">\n"
                + "          <colorramp type=\"gradient\" name=\"[source]\">\n"
                + "            <Option type=\"Map\">\n"
                + "              <Option type=\"QString\" name=\"color1\" value=\"" + rgba(ramp.stop(0)) + "\"/>\n"
                + "              <Option type=\"QString\" name=\"color2\" value=\"" + rgba(ramp.stop(n - 1)) + "\"/>\n"
                + "              <Option type=\"QString\" name=\"discrete\" value=\"0\"/>\n"
                + "              <Option type=\"QString\" name=\"rampType\" value=\"gradient\"/>\n"
                + "              <Option type=\"QString\" name=\"stops\" value=\"" + stops + "\"/>\n"
                + "            </Option>\n"
                + "          </colorramp>\n"
                + items
                + "        </colorrampshader>\n"
                + "      </rastershader>\n"
                + "    </rasterrenderer>\n"
                + "    <brightnesscontrast brightness=\"0\" contrast=\"0\" gamma=\"1\"/>\n"
                + "    <huesaturation saturation=\"0\" grayscaleMode=\"0\" invertColors=\"0\" colorizeOn=\"0\"/>\n"
                + "    <rasterresampler maxOversampling=\"2\"/>\n"
                + "  </pipe>\n"
                + "  <blendMode>0</blendMode>\n"
                + "</qgis>\n";
    }

    public static void write(Path file, Legend legend, int band, int alphaBand) throws IOException {
        Files.writeString(file, qml(legend, band, alphaBand), StandardCharsets.UTF_8);
    }

    private static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }

    private static String rgba(int rgb) {
        return ((rgb >> 16) & 0xFF) + "," + ((rgb >> 8) & 0xFF) + "," + (rgb & 0xFF) + ",255";
    }
}
