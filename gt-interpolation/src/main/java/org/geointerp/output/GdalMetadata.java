package org.geointerp.output;

import java.util.List;
import java.util.Map;

/**
 * The XML of GDAL's private TIFF tag 42112 (GDAL_METADATA): dataset items, which {@code gdalinfo} lists under
 * "Metadata", and one description per band, which it prints as "Description = ..." and QGIS shows as the band's
 * name.
 */
final class GdalMetadata {

    /** TIFF tag of GDAL's metadata XML. */
    static final int TAG = 42112;

    /** TIFF tag of GDAL's nodata value (ASCII). */
    static final int NODATA_TAG = 42113;

    private GdalMetadata() {}

    static String xml(Map<String, String> items, List<String> bandDescriptions) {
        StringBuilder xml = new StringBuilder("<GDALMetadata>\n");
        items.forEach((name, value) -> xml.append("  <Item name=\"")
                .append(escape(name))
                .append("\">")
                .append(escape(value))
                .append("</Item>\n"));
        for (int b = 0; b < bandDescriptions.size(); b++) {
            xml.append("  <Item name=\"DESCRIPTION\" sample=\"")
                    .append(b)
                    .append("\" role=\"description\">")
                    .append(escape(bandDescriptions.get(b)))
                    .append("</Item>\n");
        }
        return xml.append("</GDALMetadata>").toString();
    }

    /** XML escapes; characters outside 7-bit ASCII as numeric references (the TIFF field is ASCII), control characters as spaces. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c < 32 && c != '\n' && c != '\t') {
                        b.append(' '); // not allowed in XML 1.0, even as a reference
                    } else if (c > 126) {
                        b.append("&#").append(c).append(';');
                    } else {
                        b.append((char) c);
                    }
                }
            }
        });
        return b.toString();
    }
}
