package org.geointerp.server.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.geotools.api.data.Parameter;

/** Literal values: parsing with messages that name the parameter, and how they are described. */
public final class LiteralCodec {
    private LiteralCodec() {}

    public static Object parse(Parameter<?> p, String text) {
        Class<?> type = ParameterKind.boxed(p.type);
        String t = text == null ? "" : text.trim();
        if (ParameterKind.of(type) == ParameterKind.CRS) {
            return CrsCodec.decode(t, p.key);
        }
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(t)) {
                    return constant;
                }
            }
            throw invalid(p, text, "expected one of " + allowedValues(p));
        }
        if (type == Boolean.class) {
            if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
                return Boolean.valueOf(t);
            }
            throw invalid(p, text, "expected true or false");
        }
        if (Number.class.isAssignableFrom(type)) {
            Number n = parseNumber(p, type, t);
            checkRange(p, n, text);
            return n;
        }
        return text;
    }

    private static Number parseNumber(Parameter<?> p, Class<?> type, String t) {
        try {
            if (type == Integer.class) return Integer.valueOf(t);
            if (type == Long.class) return Long.valueOf(t);
            if (type == Short.class) return Short.valueOf(t);
            if (type == Byte.class) return Byte.valueOf(t);
            if (type == BigInteger.class) return new BigInteger(t);
            if (type == BigDecimal.class) return new BigDecimal(t);
            double d = Double.parseDouble(t);
            return type == Float.class ? (Number) (float) d : (Number) d;
        } catch (NumberFormatException e) {
            throw invalid(p, t, "expected " + dataType(p.type));
        }
    }

    private static void checkRange(Parameter<?> p, Number n, String text) {
        Object min = p.metadata == null ? null : p.metadata.get(Parameter.MIN);
        Object max = p.metadata == null ? null : p.metadata.get(Parameter.MAX);
        if (min instanceof Number && n.doubleValue() < ((Number) min).doubleValue()) {
            throw invalid(p, text, "must be at least " + min);
        }
        if (max instanceof Number && n.doubleValue() > ((Number) max).doubleValue()) {
            throw invalid(p, text, "must be at most " + max);
        }
    }

    private static OwsException invalid(Parameter<?> p, String text, String why) {
        return new OwsException(
                OwsException.INVALID_PARAMETER, p.key, "invalid value '" + text + "' for " + p.key + ": " + why);
    }

    /** XML Schema datatype name (as WPS 1.0.0 and OWSLib's getTypedValue use it). */
    public static String dataType(Class<?> raw) {
        Class<?> type = ParameterKind.boxed(raw);
        if (type == Double.class || type == Float.class || type == BigDecimal.class || type == Number.class) {
            return "double";
        }
        if (type == Integer.class || type == Short.class || type == Byte.class) {
            return "integer";
        }
        if (type == Long.class || type == BigInteger.class) {
            return "long";
        }
        if (type == Boolean.class) {
            return "boolean";
        }
        return "string";
    }

    /** JSON Schema type for OGC API - Processes. */
    public static String jsonType(Class<?> raw) {
        switch (dataType(raw)) {
            case "double":
                return "number";
            case "integer":
            case "long":
                return "integer";
            case "boolean":
                return "boolean";
            default:
                return "string";
        }
    }

    /** Enum constants, or the OPTIONS metadata of a parameter; empty when any value goes. */
    public static List<String> allowedValues(Parameter<?> p) {
        List<String> values = new ArrayList<>();
        Class<?> type = ParameterKind.boxed(p.type);
        if (type.isEnum()) {
            for (Object c : type.getEnumConstants()) {
                values.add(((Enum<?>) c).name());
            }
        } else if (p.metadata != null && p.metadata.get(Parameter.OPTIONS) instanceof Iterable<?> options) {
            for (Object o : options) {
                values.add(String.valueOf(o));
            }
        }
        return values;
    }

    /** Min and max metadata (either may be null). */
    public static Number[] range(Parameter<?> p) {
        if (p.metadata == null) {
            return new Number[2];
        }
        Object min = p.metadata.get(Parameter.MIN);
        Object max = p.metadata.get(Parameter.MAX);
        return new Number[] {min instanceof Number ? (Number) min : null, max instanceof Number ? (Number) max : null};
    }

    /** The default value in wire form, or null. */
    public static String defaultValue(Parameter<?> p) {
        Object d = p.getDefaultValue();
        if (d == null) {
            return null;
        }
        return d instanceof Enum<?> e ? e.name() : String.valueOf(d);
    }
}
