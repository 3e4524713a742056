package org.geointerp.server.wps10;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.geointerp.server.core.OwsException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Parses request bodies with every external-resource feature of the JDK parser off: a DOCTYPE
 * is refused outright (so neither external entities nor entity expansion bombs get a chance),
 * no external DTD or schema is fetched, no XInclude.
 */
final class SecureXml {
    private static final DocumentBuilderFactory FACTORY = factory();

    private SecureXml() {}

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try {
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be secured", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    static Document parse(byte[] body) {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed: " + systemId);
            });
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(body));
        } catch (SAXException e) {
            String msg = e.getMessage() == null ? "malformed XML" : e.getMessage();
            if (msg.contains("DOCTYPE")) {
                msg = "XML with a DOCTYPE (DTD or entity declarations) is not accepted";
            }
            // the client's document is at fault: NoApplicableCode (no other code fits) with 400, not 500
            throw new OwsException(OwsException.NO_APPLICABLE_CODE, "request", "request body refused: " + msg, e, 400);
        } catch (IOException | ParserConfigurationException e) {
            throw new OwsException(
                    OwsException.NO_APPLICABLE_CODE, "request", "request body unreadable: " + e.getMessage(), e, 400);
        }
    }
}
