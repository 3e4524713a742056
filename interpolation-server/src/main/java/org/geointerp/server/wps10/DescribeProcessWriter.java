package org.geointerp.server.wps10;

import java.util.List;
import org.geointerp.server.core.LiteralCodec;
import org.geointerp.server.core.ParameterKind;
import org.geointerp.server.core.ProcessInfo;
import org.geotools.api.data.Parameter;

/**
 * WPS 1.0.0 DescribeProcess response. Children of ProcessDescription are unqualified, as the
 * schema says (OWSLib looks them up without a namespace). Enums are listed as allowed values,
 * min/max metadata as a range, defaults as DefaultValue, so GeoServer-like clients can build
 * forms from it.
 */
final class DescribeProcessWriter {
    static final String CRS_DEFAULT = "EPSG:4326";

    private DescribeProcessWriter() {}

    static byte[] write(List<ProcessInfo> processes, long maxBodyBytes) {
        XmlOut x = new XmlOut()
                .root(
                        XmlOut.WPS,
                        "ProcessDescriptions",
                        "http://www.opengis.net/wps/1.0.0 http://schemas.opengis.net/wps/1.0.0/wpsDescribeProcess_response.xsd");
        x.attr("service", "WPS").attr("version", "1.0.0").attr("xml", XmlOut.XML, "lang", "en-US");
        String megabytes = String.valueOf(Math.max(1, maxBodyBytes / (1024 * 1024)));
        for (ProcessInfo p : processes) {
            x.plain("ProcessDescription")
                    .attr("wps", XmlOut.WPS, "processVersion", p.version())
                    .attr("storeSupported", "true")
                    .attr("statusSupported", "true");
            x.owsText("Identifier", p.id()).owsText("Title", p.title()).owsText("Abstract", p.description());
            x.plain("DataInputs");
            for (Parameter<?> in : p.inputs().values()) {
                int max = in.maxOccurs < 0 ? Integer.MAX_VALUE : Math.max(1, in.maxOccurs);
                x.plain("Input").attr("minOccurs", String.valueOf(in.minOccurs)).attr("maxOccurs", String.valueOf(max));
                header(x, in);
                ParameterKind kind = ParameterKind.of(in.type);
                if (kind == ParameterKind.BBOX) {
                    x.plain("BoundingBoxData")
                            .plain("Default")
                            .plainText("CRS", CRS_DEFAULT)
                            .end()
                            .plain("Supported")
                            .plainText("CRS", CRS_DEFAULT)
                            .plainText("CRS", "EPSG:3857")
                            .end()
                            .end();
                } else if (kind.isComplex()) {
                    x.plain("ComplexData").attr("maximumMegabytes", megabytes);
                    formats(x, kind.mediaTypes());
                    x.end();
                } else {
                    literal(x, in, "LiteralData");
                }
                x.end();
            }
            x.end();
            x.plain("ProcessOutputs");
            for (Parameter<?> out : p.outputs().values()) {
                x.plain("Output");
                header(x, out);
                ParameterKind kind = ParameterKind.of(out.type);
                if (kind.isComplex()) {
                    x.plain("ComplexOutput");
                    formats(x, kind.mediaTypes());
                    x.end();
                } else {
                    x.plain("LiteralOutput");
                    dataType(x, out.type);
                    x.end();
                }
                x.end();
            }
            x.end();
            x.end();
        }
        return x.end().bytes();
    }

    private static void header(XmlOut x, Parameter<?> p) {
        x.owsText("Identifier", p.key)
                .owsText("Title", ProcessInfo.text(p.title, p.key))
                .owsText("Abstract", ProcessInfo.text(p.description, ProcessInfo.text(p.title, p.key)));
    }

    private static void formats(XmlOut x, List<String> mediaTypes) {
        x.plain("Default")
                .plain("Format")
                .plainText("MimeType", mediaTypes.get(0))
                .end()
                .end();
        x.plain("Supported");
        for (String mt : mediaTypes) {
            x.plain("Format").plainText("MimeType", mt).end();
        }
        x.end();
    }

    private static void literal(XmlOut x, Parameter<?> p, String element) {
        x.plain(element);
        dataType(x, p.type);
        List<String> allowed = LiteralCodec.allowedValues(p);
        Number[] range = LiteralCodec.range(p);
        if (!allowed.isEmpty()) {
            x.ows("AllowedValues");
            allowed.forEach(v -> x.owsText("Value", v));
            x.end();
        } else if (range[0] != null || range[1] != null) {
            x.ows("AllowedValues").ows("Range").attr("ows", XmlOut.OWS, "rangeClosure", "closed");
            if (range[0] != null) {
                x.owsText("MinimumValue", range[0].toString());
            }
            if (range[1] != null) {
                x.owsText("MaximumValue", range[1].toString());
            }
            x.end().end();
        } else {
            x.ows("AnyValue").end();
        }
        String def = LiteralCodec.defaultValue(p);
        if (def != null) {
            x.plainText("DefaultValue", def);
        }
        x.end();
    }

    private static void dataType(XmlOut x, Class<?> type) {
        String dt = LiteralCodec.dataType(type);
        x.ows("DataType")
                .attr("ows", XmlOut.OWS, "reference", "http://www.w3.org/TR/xmlschema-2/#" + dt)
                .text(dt)
                .end();
    }
}
