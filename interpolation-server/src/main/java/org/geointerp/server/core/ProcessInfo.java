package org.geointerp.server.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.geotools.api.data.Parameter;
import org.geotools.api.feature.type.Name;
import org.geotools.api.util.InternationalString;
import org.geotools.process.Process;
import org.geotools.process.ProcessFactory;

/** One published process: its factory, its name and the parameter descriptions both front ends show. */
public final class ProcessInfo {
    private final ProcessFactory factory;
    private final Name name;
    private final Map<String, Parameter<?>> inputs;
    private final Map<String, Parameter<?>> outputs;

    ProcessInfo(ProcessFactory factory, Name name) {
        this.factory = factory;
        this.name = name;
        this.inputs = Collections.unmodifiableMap(new LinkedHashMap<>(factory.getParameterInfo(name)));
        this.outputs = Collections.unmodifiableMap(new LinkedHashMap<>(factory.getResultInfo(name, null)));
    }

    /** "namespace:local", the identifier GeoServer uses too. */
    public String id() {
        return name.getNamespaceURI() + ":" + name.getLocalPart();
    }

    public Name name() {
        return name;
    }

    public String title() {
        return text(factory.getTitle(name), name.getLocalPart());
    }

    public String description() {
        return text(factory.getDescription(name), title());
    }

    public String version() {
        String v = factory.getVersion(name);
        return v == null || v.isBlank() ? "1.0.0" : v;
    }

    public Map<String, Parameter<?>> inputs() {
        return inputs;
    }

    public Map<String, Parameter<?>> outputs() {
        return outputs;
    }

    /** A new process instance per execution: GeoTools processes are not guaranteed thread-safe. */
    public Process create() {
        return factory.create(name);
    }

    /** True when every input can be read and every output written by this server. */
    boolean exchangeable() {
        for (Parameter<?> p : inputs.values()) {
            if (!ParameterKind.readable(p.type)) {
                return false;
            }
        }
        for (Parameter<?> p : outputs.values()) {
            if (ParameterKind.of(p.type) == null) {
                return false;
            }
        }
        return !outputs.isEmpty();
    }

    public static String text(InternationalString s, String fallback) {
        return s == null || s.toString().isBlank() ? fallback : s.toString();
    }
}
