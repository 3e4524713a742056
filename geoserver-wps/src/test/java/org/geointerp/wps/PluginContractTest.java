package org.geointerp.wps;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.geotools.api.coverage.grid.GridCoverage;
import org.geotools.api.data.Parameter;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.feature.FeatureCollection;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/**
 * The contract of the GeoServer plugin, checked without GeoServer (which cannot be run here):
 * that GeoServer's WPS can exchange every parameter of every process, that GeoServer has titles
 * and descriptions to show, and that each process has an example rendering-transformation SLD.
 * What the zip holds is checked by {@link PluginZipIT}.
 */
class PluginContractTest {
    /**
     * The GeoServer WPS converter (PPIO) for a Java type, as listed by
     * org.geoserver.wps.ppio.ProcessParameterIO's defaults and find(): LiteralPPIO for numbers,
     * Boolean and String; EnumPPIO for any enum; CoordinateReferenceSystemPPIO;
     * BoundingBoxPPIO for ReferencedEnvelope; GeoJSONPPIO.Geometries, WKTPPIO and the GMLPPIO
     * variants for JTS geometries; GeoJSONPPIO.FeatureCollections and WFSPPIO for feature
     * collections; GeoTiffPPIO and ArcGridPPIO for grid coverages. Null when GeoServer has none
     * (GeoServer then leaves the process out of its capabilities).
     */
    static String geoServerPpio(Class<?> type, boolean input) {
        if (type.isEnum()) {
            return "org.geoserver.wps.ppio.EnumPPIO";
        }
        List<Class<?>> literals = List.of(
                Double.class,
                double.class,
                Float.class,
                float.class,
                Integer.class,
                int.class,
                Long.class,
                long.class,
                Short.class,
                short.class,
                Byte.class,
                byte.class,
                BigInteger.class,
                BigDecimal.class,
                Number.class,
                Boolean.class,
                boolean.class,
                String.class,
                CharSequence.class);
        if (literals.contains(type)) {
            return "org.geoserver.wps.ppio.LiteralPPIO";
        }
        if (CoordinateReferenceSystem.class.isAssignableFrom(type)) {
            return "org.geoserver.wps.ppio.CoordinateReferenceSystemPPIO";
        }
        if (type == ReferencedEnvelope.class || type == org.locationtech.jts.geom.Envelope.class) {
            return "org.geoserver.wps.ppio.BoundingBoxPPIO";
        }
        if (Geometry.class.isAssignableFrom(type)) {
            return "org.geoserver.wps.ppio.GeoJSONPPIO$Geometries";
        }
        if (type == SimpleFeatureCollection.class || type == FeatureCollection.class) {
            return "org.geoserver.wps.ppio.GeoJSONPPIO$FeatureCollections";
        }
        if (!input && (type == GridCoverage2D.class || type == GridCoverage.class)) {
            return "org.geoserver.wps.ppio.GeoTiffPPIO";
        }
        return null;
    }

    @Test
    void everyParameterTypeHasAGeoServerConverter() {
        for (PublishedProcess p : PublishedProcess.all()) {
            for (Parameter<?> in : p.inputs().values()) {
                assertNotNull(
                        geoServerPpio(in.type, true),
                        p.id() + " input " + in.key + " has type " + in.type.getName()
                                + " that GeoServer's WPS cannot read");
            }
            for (Parameter<?> out : p.outputs().values()) {
                assertNotNull(
                        geoServerPpio(out.type, false),
                        p.id() + " output " + out.key + " has type " + out.type.getName()
                                + " that GeoServer cannot write");
            }
        }
    }

    @Test
    void everyProcessAndParameterHasATitleAndADescription() {
        for (PublishedProcess p : PublishedProcess.all()) {
            assertFalse(p.title().isBlank(), p.id() + " has no title");
            assertFalse(p.description().isBlank() || p.description().equals(p.title()), p.id() + " has no description");
            for (Map<String, Parameter<?>> params : List.of(p.inputs(), p.outputs())) {
                for (Parameter<?> param : params.values()) {
                    assertNotNull(param.title, p.id() + "." + param.key + " has no title");
                    assertFalse(param.title.toString().isBlank(), p.id() + "." + param.key + " has no title");
                    assertNotNull(param.description, p.id() + "." + param.key + " has no description");
                    String d = param.description.toString();
                    assertFalse(d.isBlank() || d.equals(param.key), p.id() + "." + param.key + " has no description");
                }
            }
        }
    }

    @Test
    void everyProcessHasAnExampleSldUsingItAsARenderingTransformation() throws Exception {
        Path docs =
                Path.of(System.getProperty("user.dir")).resolveSibling("docs").resolve("sld");
        for (PublishedProcess p : PublishedProcess.all()) {
            if (p.outputs().values().stream()
                    .noneMatch(o -> org.geotools.coverage.grid.GridCoverage2D.class.isAssignableFrom(o.type))) {
                continue; // not a rendering transformation: CrossValidation returns residual points and figures
            }
            Path sld = docs.resolve(p.name().getLocalPart().toLowerCase(java.util.Locale.ROOT) + ".sld");
            assertTrue(Files.isRegularFile(sld), "no example SLD for " + p.id() + " at " + sld);
            String text = Files.readString(sld);
            try (InputStream in = Files.newInputStream(sld)) {
                javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                f.newDocumentBuilder().parse(in);
            }
            assertTrue(text.contains("<ogc:Function name=\"" + p.id() + "\">"), sld + " does not call " + p.id());
            for (String env : List.of("wms_bbox", "wms_width", "wms_height")) {
                assertTrue(text.contains("<ogc:Literal>" + env + "</ogc:Literal>"), sld + " does not read " + env);
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                            "<ogc:Function name=\"parameter\">\\s*<ogc:Literal>([^<]+)</ogc:Literal>")
                    .matcher(text);
            int count = 0;
            while (m.find()) {
                count++;
                assertTrue(p.inputs().containsKey(m.group(1)), sld + " passes unknown parameter " + m.group(1));
            }
            assertTrue(count >= 5, sld + " passes too few parameters");
        }
    }
}
