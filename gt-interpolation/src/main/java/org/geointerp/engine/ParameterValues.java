package org.geointerp.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parameter values given by name, checked against a method's {@link Parameter}s: unknown names and invalid values
 * are refused with a message naming them; absent values read as the parameter's default (null when it has none).
 */
public final class ParameterValues {

    private final InterpolationMethod method;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private ParameterValues(InterpolationMethod method) {
        this.method = method;
    }

    /**
     * Checks {@code given} against {@code method}'s parameters.
     *
     * @throws IllegalArgumentException for an unknown name or an invalid value
     */
    public static ParameterValues of(InterpolationMethod method, Map<String, ?> given) {
        ParameterValues v = new ParameterValues(method);
        for (Map.Entry<String, ?> e : given.entrySet()) {
            Parameter p = method.parameter(e.getKey());
            Object value = p.coerce(e.getValue());
            if (value != null) {
                v.values.put(p.name(), value);
            }
        }
        return v;
    }

    /** True when the caller gave a value for {@code name} (not the default). */
    public boolean given(String name) {
        method.parameter(name);
        return values.containsKey(name);
    }

    /** The given value, else the default (null when there is none). */
    public Object get(String name) {
        Parameter p = method.parameter(name);
        Object v = values.get(name);
        return v != null ? v : p.defaultValue();
    }

    public Integer integer(String name) {
        return (Integer) get(name);
    }

    /** A number, or NaN when neither given nor defaulted (the method derives it). */
    public double number(String name) {
        Object v = get(name);
        return v == null ? Double.NaN : (Double) v;
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(get(name));
    }

    public <T> T as(String name, Class<T> type) {
        return type.cast(get(name));
    }

    /** The given values only, by name. */
    public Map<String, Object> givenValues() {
        return Map.copyOf(values);
    }
}
