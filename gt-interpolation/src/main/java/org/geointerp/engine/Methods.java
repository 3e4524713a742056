package org.geointerp.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geointerp.engine.akima.AkimaMethod;
import org.geointerp.engine.clusterpolate.ClusterpolateMethod;
import org.geointerp.engine.purbf.PuRbfMethod;
import org.geointerp.engine.shepard.ShepardMethod;

/** The registry of interpolation methods, by name: the one list every front end offers. */
public final class Methods {

    private static final Map<String, InterpolationMethod> ALL = new LinkedHashMap<>();

    static {
        for (InterpolationMethod m :
                List.of(new ShepardMethod(), new AkimaMethod(), new ClusterpolateMethod(), new PuRbfMethod())) {
            ALL.put(m.name(), m);
        }
    }

    private Methods() {}

    /** Every method, in a fixed order. */
    public static List<InterpolationMethod> all() {
        return List.copyOf(ALL.values());
    }

    /** The names of every method. */
    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    /**
     * The method called {@code name} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the known methods when there is none of that name
     */
    public static InterpolationMethod get(String name) {
        for (InterpolationMethod m : ALL.values()) {
            if (m.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("method: unknown method '" + name + "'; known methods are " + names());
    }
}
