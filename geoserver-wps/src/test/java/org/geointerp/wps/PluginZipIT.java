package org.geointerp.wps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The GeoServer plugin zip: only this project's jars (GeoServer ships GeoTools, JTS, JAI) and the SPI registration. */
class PluginZipIT {
    private static final String SPI = "META-INF/services/org.geotools.process.ProcessFactory";

    /** Jars GeoServer 2.27.x does not ship and the plugin therefore brings. */
    private static boolean allowedJar(String name) {
        return name.matches("gt-interpolation-[0-9][^/]*\\.jar") || name.matches("TinfourCore-[0-9.]+\\.jar");
    }

    @Test
    void zipHoldsOnlyThisProjectsJarsAndTheSpiRegistration() throws IOException {
        Path zip = Path.of(System.getProperty("plugin.zip", "target/geoserver-2.27-interpolation-plugin.zip"));
        assertTrue(Files.isRegularFile(zip), "plugin zip not built: " + zip);
        Map<String, byte[]> jars = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.isDirectory()) {
                    jars.put(e.getName(), in.readAllBytes());
                }
            }
        }
        assertTrue(
                jars.keySet().stream().anyMatch(n -> n.startsWith("gt-interpolation-")),
                "no gt-interpolation jar: " + jars.keySet());
        // GeoServer ships the EJML its GeoTools uses, and nothing here needs EJML: a second copy
        // would put two versions into WEB-INF/lib
        assertFalse(
                jars.keySet().stream()
                        .anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("ejml")),
                "EJML in the plugin zip: " + jars.keySet());
        List<String> registrations = new ArrayList<>();
        Set<String> classes = new HashSet<>();
        for (Map.Entry<String, byte[]> jar : jars.entrySet()) {
            assertTrue(allowedJar(jar.getKey()), "unexpected file in the plugin zip: " + jar.getKey());
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar.getValue()))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    String n = e.getName();
                    // GeoServer provides GeoTools, JTS and JAI; a second copy breaks its SPI registries
                    assertFalse(
                            n.startsWith("org/geotools/")
                                    || n.startsWith("org/locationtech/")
                                    || n.startsWith("javax/media/jai/")
                                    || n.startsWith("org/springframework/")
                                    || n.startsWith("org/ejml/"),
                            jar.getKey() + " bundles " + n);
                    if (n.endsWith(".class")) {
                        classes.add(n);
                    }
                    if (n.equals(SPI)) {
                        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                            String l = line.replaceAll("#.*", "").trim();
                            if (!l.isEmpty()) {
                                registrations.add(l);
                            }
                        }
                    }
                }
            }
        }
        assertEquals(
                List.of("org.geointerp.process.InterpolationProcessFactory"),
                registrations,
                "the zip must register exactly the interpolation process factory");
        for (String factory : registrations) {
            assertTrue(classes.contains(factory.replace('.', '/') + ".class"), factory + " not in the zip");
        }
    }
}
