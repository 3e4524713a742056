package org.geointerp.server.wps10;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.geointerp.server.core.InputValue;
import org.geointerp.server.core.OwsException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads a wps:Execute XML document (POST) into an {@link ExecuteRequest}. */
final class XmlExecuteParser {
    private XmlExecuteParser() {}

    static ExecuteRequest parse(Element root) {
        String version = root.getAttribute("version");
        if (!version.isEmpty() && !"1.0.0".equals(version)) {
            throw new OwsException(
                    OwsException.VERSION_NEGOTIATION_FAILED, "version", "only WPS 1.0.0 is supported, not " + version);
        }
        String processId = text(child(root, XmlOut.OWS, "Identifier"));
        Map<String, List<InputValue>> inputs = new LinkedHashMap<>();
        Element dataInputs = child(root, XmlOut.WPS, "DataInputs");
        if (dataInputs != null) {
            for (Element input : children(dataInputs, XmlOut.WPS, "Input")) {
                String id = text(child(input, XmlOut.OWS, "Identifier"));
                if (id == null || id.isBlank()) {
                    throw new OwsException(OwsException.MISSING_PARAMETER, "Input", "an Input has no ows:Identifier");
                }
                inputs.computeIfAbsent(id, k -> new ArrayList<>()).add(input(id, input));
            }
        }
        Element form = child(root, XmlOut.WPS, "ResponseForm");
        if (form != null) {
            Element raw = child(form, XmlOut.WPS, "RawDataOutput");
            if (raw != null) {
                return new ExecuteRequest(processId, inputs, output(raw), List.of(), false, false, false);
            }
            Element doc = child(form, XmlOut.WPS, "ResponseDocument");
            if (doc != null) {
                List<ExecuteRequest.OutputRequest> outs = new ArrayList<>();
                for (Element o : children(doc, XmlOut.WPS, "Output")) {
                    outs.add(output(o));
                }
                return new ExecuteRequest(
                        processId,
                        inputs,
                        null,
                        outs,
                        bool(doc, "storeExecuteResponse"),
                        bool(doc, "status"),
                        bool(doc, "lineage"));
            }
        }
        return new ExecuteRequest(processId, inputs, null, List.of(), false, false, false);
    }

    private static InputValue input(String id, Element input) {
        Element ref = child(input, XmlOut.WPS, "Reference");
        if (ref != null) {
            if (child(ref, XmlOut.WPS, "Body") != null
                    || child(ref, XmlOut.WPS, "BodyReference") != null
                    || "POST".equalsIgnoreCase(ref.getAttribute("method"))) {
                throw new OwsException(OwsException.OPERATION_NOT_SUPPORTED, id, "only GET references are supported");
            }
            String href = ref.getAttributeNS(XmlOut.XLINK, "href");
            if (href.isEmpty()) {
                href = ref.getAttribute("href");
            }
            return InputValue.reference(href, emptyToNull(ref.getAttribute("mimeType")));
        }
        Element data = child(input, XmlOut.WPS, "Data");
        if (data == null) {
            throw new OwsException(
                    OwsException.MISSING_PARAMETER, id, "input '" + id + "' has neither Data nor Reference");
        }
        Element literal = child(data, XmlOut.WPS, "LiteralData");
        if (literal != null) {
            return InputValue.literal(literal.getTextContent());
        }
        Element complex = child(data, XmlOut.WPS, "ComplexData");
        if (complex != null) {
            Element inner = firstElement(complex);
            String content = inner == null ? complex.getTextContent() : serialise(inner);
            return InputValue.complex(content, emptyToNull(complex.getAttribute("mimeType")));
        }
        Element bbox = child(data, XmlOut.WPS, "BoundingBoxData");
        if (bbox == null) {
            bbox = child(data, XmlOut.OWS, "BoundingBox");
        }
        if (bbox != null) {
            return InputValue.bbox(
                    corner(id, child(bbox, XmlOut.OWS, "LowerCorner")),
                    corner(id, child(bbox, XmlOut.OWS, "UpperCorner")),
                    emptyToNull(bbox.getAttribute("crs")));
        }
        throw new OwsException(OwsException.INVALID_PARAMETER, id, "input '" + id + "' has an unknown kind of Data");
    }

    private static double[] corner(String id, Element e) {
        if (e == null) {
            throw new OwsException(OwsException.MISSING_PARAMETER, id, "bounding box of '" + id + "' lacks a corner");
        }
        String[] parts = e.getTextContent().trim().split("\\s+");
        double[] c = new double[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                c[i] = Double.parseDouble(parts[i]);
            }
        } catch (NumberFormatException ex) {
            throw new OwsException(
                    OwsException.INVALID_PARAMETER,
                    id,
                    "corner '" + e.getTextContent() + "' of '" + id + "' is not a list of numbers");
        }
        return c;
    }

    private static ExecuteRequest.OutputRequest output(Element o) {
        String id = text(child(o, XmlOut.OWS, "Identifier"));
        return new ExecuteRequest.OutputRequest(
                id, "true".equalsIgnoreCase(o.getAttribute("asReference")), emptyToNull(o.getAttribute("mimeType")));
    }

    private static boolean bool(Element e, String attr) {
        return "true".equalsIgnoreCase(e.getAttribute(attr).trim());
    }

    static Element child(Element parent, String ns, String local) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String ns, String local) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                list.add(e);
            }
        }
        return list;
    }

    private static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    static String text(Element e) {
        return e == null ? null : e.getTextContent().trim();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String serialise(Element e) {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(e), new StreamResult(out));
            return out.toString();
        } catch (TransformerException ex) {
            throw new OwsException(OwsException.INVALID_PARAMETER, "ComplexData", "unreadable ComplexData content");
        }
    }
}
