package org.geointerp.server;

/** WPS 1.0.0 Execute documents for interpolation:Shepard on {@link TestPoints}. */
final class ExecuteXml {
    static final String PROCESS = "interpolation:Shepard";

    private ExecuteXml() {}

    static String open(String processId) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<wps:Execute service=\"WPS\" version=\"1.0.0\" xmlns:wps=\"http://www.opengis.net/wps/1.0.0\""
                + " xmlns:ows=\"http://www.opengis.net/ows/1.1\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<ows:Identifier>" + processId + "</ows:Identifier><wps:DataInputs>";
    }

    static String literal(String id, Object value) {
        return "<wps:Input><ows:Identifier>" + id + "</ows:Identifier><wps:Data><wps:LiteralData>" + value
                + "</wps:LiteralData></wps:Data></wps:Input>";
    }

    static String geoJson(String id, String json) {
        return "<wps:Input><ows:Identifier>" + id + "</ows:Identifier><wps:Data>"
                + "<wps:ComplexData mimeType=\"application/json\"><![CDATA[" + json + "]]></wps:ComplexData>"
                + "</wps:Data></wps:Input>";
    }

    static String reference(String id, String href) {
        return "<wps:Input><ows:Identifier>" + id + "</ows:Identifier><wps:Reference mimeType=\"application/json\""
                + " xlink:href=\"" + href + "\"/></wps:Input>";
    }

    static String bbox() {
        return "<wps:Input><ows:Identifier>outputBBOX</ows:Identifier><wps:Data>"
                + "<wps:BoundingBoxData crs=\"" + TestPoints.CRS + "\" dimensions=\"2\">"
                + "<ows:LowerCorner>" + TestPoints.MIN_X + " " + TestPoints.MIN_Y + "</ows:LowerCorner>"
                + "<ows:UpperCorner>" + TestPoints.MAX_X + " " + TestPoints.MAX_Y + "</ows:UpperCorner>"
                + "</wps:BoundingBoxData></wps:Data></wps:Input>";
    }

    /** The common inputs except data. */
    static String grid(int width, int height) {
        return literal("valueAttr", "value") + bbox() + literal("outputWidth", width) + literal("outputHeight", height);
    }

    static String rawTiff() {
        return "</wps:DataInputs><wps:ResponseForm><wps:RawDataOutput mimeType=\"image/tiff\">"
                + "<ows:Identifier>result</ows:Identifier></wps:RawDataOutput></wps:ResponseForm></wps:Execute>";
    }

    static String async() {
        return "</wps:DataInputs><wps:ResponseForm><wps:ResponseDocument storeExecuteResponse=\"true\" status=\"true\">"
                + "<wps:Output asReference=\"true\" mimeType=\"image/tiff\"><ows:Identifier>result</ows:Identifier>"
                + "</wps:Output></wps:ResponseDocument></wps:ResponseForm></wps:Execute>";
    }

    /** Shepard on the points, 20 x 10, answered by a ResponseDocument with these attributes and output element. */
    static String document(TestPoints points, String attributes, String output) {
        return open(PROCESS) + geoJson("data", points.text()) + grid(20, 10)
                + "</wps:DataInputs><wps:ResponseForm><wps:ResponseDocument " + attributes + ">" + output
                + "</wps:ResponseDocument></wps:ResponseForm></wps:Execute>";
    }

    /** A synchronous raw GeoTIFF request on the given points. */
    static String shepard(TestPoints points, int width, int height) {
        return open(PROCESS) + geoJson("data", points.text()) + grid(width, height) + rawTiff();
    }
}
