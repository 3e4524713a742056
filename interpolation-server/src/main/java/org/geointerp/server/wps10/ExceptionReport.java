package org.geointerp.server.wps10;

import org.geointerp.server.core.MediaTypes;
import org.geointerp.server.core.OwsException;
import org.geointerp.server.http.HttpReply;

/** OWS 1.1 ExceptionReport documents, the only way a WPS request fails here. */
public final class ExceptionReport {
    private ExceptionReport() {}

    public static HttpReply reply(OwsException e) {
        return HttpReply.of(e.httpStatus(), MediaTypes.XML + "; charset=UTF-8", document(e));
    }

    static byte[] document(OwsException e) {
        XmlOut x = new XmlOut()
                .root(
                        XmlOut.OWS,
                        "ExceptionReport",
                        "http://www.opengis.net/ows/1.1 http://schemas.opengis.net/ows/1.1.0/owsExceptionReport.xsd");
        write(x.attr("version", "1.0.0").attr("xml", XmlOut.XML, "lang", "en"), e);
        return x.end().bytes();
    }

    /** Writes one ows:Exception into an open document (also used inside wps:ProcessFailed). */
    static void write(XmlOut x, OwsException e) {
        x.ows("Exception").attr("exceptionCode", e.code()).attr("locator", e.locator());
        x.owsText("ExceptionText", e.getMessage() == null ? e.code() : e.getMessage());
        x.end();
    }
}
