package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import org.geointerp.server.core.ProcessCatalog;

/** The processes the plugin and the endpoint publish: the "interpolation" namespace, found through SPI. */
final class Published {
    static final Set<String> NAMESPACES = Set.of("interpolation");

    private Published() {}

    static ProcessCatalog catalog() {
        ProcessCatalog catalog = ProcessCatalog.fromRegistry(NAMESPACES);
        assertFalse(
                catalog.isEmpty(),
                "no process in namespace " + NAMESPACES
                        + ": gt-interpolation's META-INF/services/org.geotools.process.ProcessFactory not on the class path");
        return catalog;
    }
}
