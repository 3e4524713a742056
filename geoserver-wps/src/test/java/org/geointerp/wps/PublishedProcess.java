package org.geointerp.wps;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.geotools.api.data.Parameter;
import org.geotools.api.feature.type.Name;
import org.geotools.api.util.InternationalString;
import org.geotools.process.ProcessFactory;
import org.geotools.process.Processors;

/**
 * A process the plugin publishes, as GeoServer's WPS finds it: every process in the
 * "interpolation" namespace of the factories registered through GeoTools' SPI.
 */
record PublishedProcess(ProcessFactory factory, Name name) {
    static final String NAMESPACE = "interpolation";

    static List<PublishedProcess> all() {
        List<PublishedProcess> found = new ArrayList<>();
        for (ProcessFactory factory : Processors.getProcessFactories()) {
            for (Name name : factory.getNames()) {
                if (NAMESPACE.equals(name.getNamespaceURI())) {
                    found.add(new PublishedProcess(factory, name));
                }
            }
        }
        assertFalse(
                found.isEmpty(),
                "no process in namespace " + NAMESPACE
                        + ": gt-interpolation's META-INF/services/org.geotools.process.ProcessFactory not on the class path");
        return found;
    }

    /** "namespace:local", the identifier GeoServer shows. */
    String id() {
        return name.getNamespaceURI() + ":" + name.getLocalPart();
    }

    String title() {
        return text(factory.getTitle(name));
    }

    String description() {
        return text(factory.getDescription(name));
    }

    Map<String, Parameter<?>> inputs() {
        return factory.getParameterInfo(name);
    }

    Map<String, Parameter<?>> outputs() {
        return factory.getResultInfo(name, null);
    }

    private static String text(InternationalString s) {
        return s == null ? "" : s.toString();
    }
}
