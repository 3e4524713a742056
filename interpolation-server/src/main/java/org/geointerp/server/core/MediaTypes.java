package org.geointerp.server.core;

/** The media type names used on the wire; they match GeoServer's PPIOs for the same data. */
public final class MediaTypes {
    /** GeoServer's GeoJSONPPIO advertises application/json. */
    public static final String GEOJSON = "application/json";
    /** The RFC 7946 name, accepted as a synonym. */
    public static final String GEOJSON_RFC = "application/geo+json";

    public static final String WKT = "application/wkt";
    public static final String GEOTIFF = "image/tiff";
    /** GeoServer's ArcGridPPIO name for the ESRI ASCII grid. */
    public static final String ARCGRID = "application/arcgrid";

    public static final String TEXT = "text/plain";
    public static final String XML = "text/xml";

    private MediaTypes() {}

    /** Normalises synonyms and drops parameters such as "; subtype=geotiff". */
    public static String normalise(String mediaType) {
        if (mediaType == null) {
            return null;
        }
        String base = mediaType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        switch (base) {
            case GEOJSON_RFC:
            case "application/vnd.geo+json":
                return GEOJSON;
            case "image/geotiff":
            case "image/tiff;application=geotiff":
                return GEOTIFF;
            case "text/x-esri-ascii-grid":
            case "application/x-esri-ascii-grid":
                return ARCGRID;
            default:
                return base;
        }
    }

    /**
     * Whether a request body of this type is XML or JSON: the only bodies a browser sends to
     * another site after a CORS preflight, so a cross-site form or script cannot send them.
     */
    public static boolean isXmlOrJson(String contentType) {
        String base = normalise(contentType);
        return base != null
                && (base.equals(XML)
                        || base.equals("application/xml")
                        || base.equals(GEOJSON)
                        || base.endsWith("+xml")
                        || base.endsWith("+json"));
    }

    /** File extension used for stored results, so clients that name files by URL get a good name. */
    public static String extension(String mediaType) {
        switch (normalise(mediaType)) {
            case GEOTIFF:
                return "tif";
            case ARCGRID:
                return "asc";
            case GEOJSON:
                return "json";
            case WKT:
            case TEXT:
                return "txt";
            default:
                return "bin";
        }
    }

    /** Inverse of {@link #extension}. */
    public static String forExtension(String ext) {
        switch (ext) {
            case "tif":
                return GEOTIFF;
            case "asc":
                return ARCGRID;
            case "json":
                return GEOJSON;
            case "txt":
                return TEXT;
            default:
                return null;
        }
    }
}
