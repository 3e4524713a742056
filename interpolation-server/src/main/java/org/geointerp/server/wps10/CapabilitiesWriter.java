package org.geointerp.server.wps10;

import org.geointerp.server.core.ProcessCatalog;
import org.geointerp.server.core.ProcessInfo;

/** WPS 1.0.0 GetCapabilities response. */
final class CapabilitiesWriter {
    private CapabilitiesWriter() {}

    static byte[] write(ProcessCatalog catalog, String endpoint) {
        XmlOut x = new XmlOut()
                .root(
                        XmlOut.WPS,
                        "Capabilities",
                        "http://www.opengis.net/wps/1.0.0 http://schemas.opengis.net/wps/1.0.0/wpsGetCapabilities_response.xsd");
        x.attr("service", "WPS").attr("version", "1.0.0").attr("xml", XmlOut.XML, "lang", "en-US");
        x.ows("ServiceIdentification")
                .owsText("Title", "Scattered-point interpolation")
                .owsText(
                        "Abstract",
                        "Interpolates scattered point observations (features with a numeric attribute)"
                                + " to a float32 raster: " + catalog.all().size() + " processes.")
                .owsText("ServiceType", "WPS")
                .owsText("ServiceTypeVersion", "1.0.0")
                .owsText("Fees", "NONE")
                .owsText("AccessConstraints", "NONE")
                .end();
        x.ows("ServiceProvider").owsText("ProviderName", "geointerp").end();
        x.ows("OperationsMetadata");
        for (String op : new String[] {"GetCapabilities", "DescribeProcess", "Execute"}) {
            x.ows("Operation").attr("name", op).ows("DCP").ows("HTTP");
            x.ows("Get").attr("xlink", XmlOut.XLINK, "href", endpoint + "?").end();
            x.ows("Post").attr("xlink", XmlOut.XLINK, "href", endpoint).end();
            x.end().end().end();
        }
        x.end();
        x.wps("ProcessOfferings");
        for (ProcessInfo p : catalog.all()) {
            x.wps("Process")
                    .attr("wps", XmlOut.WPS, "processVersion", p.version())
                    .owsText("Identifier", p.id())
                    .owsText("Title", p.title())
                    .owsText("Abstract", p.description())
                    .end();
        }
        x.end();
        x.wps("Languages")
                .wps("Default")
                .owsText("Language", "en-US")
                .end()
                .wps("Supported")
                .owsText("Language", "en-US")
                .end()
                .end();
        return x.end().bytes();
    }
}
