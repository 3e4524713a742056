package org.geointerp.output;

import java.util.LinkedHashMap;
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

    /** Metadata item: how many low mantissa bits were discarded (absent when the values are as computed). */
    static final String DISCARDED_BITS = "discardedMantissaBits";

    /** Metadata item: the bound on the rounding's relative error, in words a user reads in {@code gdalinfo}. */
    static final String ROUNDING = "valuesRounded";

    /**
     * {@code items} and, when {@code discardedBits > 0}, the two items that tell a user the values were rounded:
     * {@value #DISCARDED_BITS} and {@value #ROUNDING}.
     */
    static Map<String, String> withRounding(Map<String, String> items, int discardedBits) {
        if (discardedBits == 0) {
            return items;
        }
        Map<String, String> all = new LinkedHashMap<>(items);
        all.put(DISCARDED_BITS, Integer.toString(discardedBits));
        all.put(
                ROUNDING,
                "to nearest on " + (24 - discardedBits) + " of 24 significant bits (" + discardedBits
                        + " low mantissa bits discarded): relative error at most 2^-" + (24 - discardedBits) + " = "
                        + MantissaRounding.relativeErrorBound(discardedBits)
                        + "; nodata, NaN, infinities, zeros and subnormals unchanged");
        return all;
    }

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
