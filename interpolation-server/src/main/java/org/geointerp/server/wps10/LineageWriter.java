package org.geointerp.server.wps10;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.geointerp.server.core.InputValue;
import org.geointerp.server.core.OutputEncoder;
import org.geointerp.server.core.ProcessInfo;

/**
 * WPS 1.0.0 lineage (table 50): with lineage="true" the ExecuteResponse repeats the DataInputs
 * and the OutputDefinitions of the request, as the server received them.
 */
final class LineageWriter {
    private LineageWriter() {}

    static void write(XmlOut x, ProcessInfo p, ExecuteRequest request) {
        x.wps("DataInputs");
        for (Map.Entry<String, List<InputValue>> input : request.inputs().entrySet()) {
            for (InputValue v : input.getValue()) {
                x.wps("Input").owsText("Identifier", input.getKey());
                value(x, v);
                x.end();
            }
        }
        x.end();
        x.wps("OutputDefinitions");
        for (ExecuteRequest.OutputRequest o : ExecuteResponseWriter.outputs(p, request.outputs())) {
            x.wps("Output")
                    .attr("asReference", String.valueOf(o.asReference()))
                    .attr("mimeType", OutputEncoder.mediaTypeFor(p.outputs().get(o.id()), o.mimeType()))
                    .owsText("Identifier", o.id())
                    .end();
        }
        x.end();
    }

    private static void value(XmlOut x, InputValue v) {
        switch (v.type()) {
            case REFERENCE:
                x.wps("Reference")
                        .attr("xlink", XmlOut.XLINK, "href", v.href())
                        .attr("mimeType", v.mediaType())
                        .end();
                return;
            case COMPLEX:
                x.wps("Data")
                        .wps("ComplexData")
                        .attr("mimeType", v.mediaType())
                        .cdata(v.text())
                        .end()
                        .end();
                return;
            case BBOX:
                x.wps("Data")
                        .wps("BoundingBoxData")
                        .attr("crs", v.crs())
                        .attr("dimensions", String.valueOf(v.lower().length))
                        .owsText("LowerCorner", corner(v.lower()))
                        .owsText("UpperCorner", corner(v.upper()))
                        .end()
                        .end();
                return;
            default:
                x.wps("Data").wps("LiteralData").text(v.text()).end().end();
        }
    }

    private static String corner(double[] c) {
        return Arrays.stream(c).mapToObj(Double::toString).collect(Collectors.joining(" "));
    }
}
