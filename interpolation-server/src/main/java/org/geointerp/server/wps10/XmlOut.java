package org.geointerp.server.wps10;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Streams a WPS 1.0.0 document with the JDK's StAX writer, which does escaping and
 * well-formedness. Written by hand rather than with JAXB bindings of the OGC schemas: the
 * bindings on Maven Central (org.jvnet.ogc) target javax JAXB 2 and have not been updated
 * since 2016, and the few response documents here are small and fixed in shape.
 */
final class XmlOut {
    static final String WPS = "http://www.opengis.net/wps/1.0.0";
    static final String OWS = "http://www.opengis.net/ows/1.1";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final XMLStreamWriter w;

    XmlOut() {
        try {
            w = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the root element in the wps or ows namespace and declares the namespaces used. */
    XmlOut root(String ns, String local, String schemaLocation) {
        try {
            w.setPrefix("wps", WPS);
            w.setPrefix("ows", OWS);
            w.setPrefix("xlink", XLINK);
            w.setPrefix("xsi", XSI);
            w.writeStartElement(ns.equals(WPS) ? "wps" : "ows", local, ns);
            w.writeNamespace("wps", WPS);
            w.writeNamespace("ows", OWS);
            w.writeNamespace("xlink", XLINK);
            w.writeNamespace("xsi", XSI);
            if (schemaLocation != null) {
                w.writeAttribute("xsi", XSI, "schemaLocation", schemaLocation);
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut wps(String local) {
        return start("wps", WPS, local);
    }

    XmlOut ows(String local) {
        return start("ows", OWS, local);
    }

    /** An element without namespace (WPS 1.0.0 ProcessDescription children are unqualified). */
    XmlOut plain(String local) {
        try {
            w.writeStartElement(local);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private XmlOut start(String prefix, String ns, String local) {
        try {
            w.writeStartElement(prefix, local, ns);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut attr(String name, String value) {
        try {
            if (value != null) {
                w.writeAttribute(name, value);
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut attr(String prefix, String ns, String name, String value) {
        try {
            if (value != null) {
                w.writeAttribute(prefix, ns, name, value);
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut text(String text) {
        try {
            if (text != null) {
                w.writeCharacters(text);
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text in a CDATA section (GeoJSON, ASCII grids), split where the text itself holds "]]>". */
    XmlOut cdata(String text) {
        try {
            String[] parts = text.split("]]>", -1);
            for (int i = 0; i < parts.length; i++) {
                w.writeCData(i < parts.length - 1 ? parts[i] + "]]" : parts[i]);
                if (i < parts.length - 1) {
                    w.writeCharacters(">");
                }
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut end() {
        try {
            w.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut owsText(String local, String text) {
        return ows(local).text(text).end();
    }

    XmlOut plainText(String local, String text) {
        return plain(local).text(text).end();
    }

    byte[] bytes() {
        try {
            w.writeEndDocument();
            w.close();
            return buffer.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    String string() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }
}
