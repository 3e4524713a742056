package org.geointerp.engine;

import java.util.Arrays;
import java.util.Locale;

/**
 * One named option of an interpolation method: the single place that says its name, type, default and valid range.
 * The GeoTools processes declare parameters of the same names (a test checks that their declared defaults equal
 * these), the command line takes its defaults from here, and text such as {@code "radius=250"} (cross-validation's
 * parameter list, Spark) is parsed by {@link #parse}.
 *
 * @param name the name used everywhere (process parameter, registry key), e.g. "minNeighbours"
 * @param type Integer, Double, Boolean, String, an enum, or an engine type set from code (barriers, domain)
 * @param defaultValue the value used when none is given; null when the method derives it from the data (see
 *     {@code description}) or when absent means "none"
 * @param description what it does, its unit, and how it is derived when it has no default
 * @param minValue smallest valid number (numbers only; -infinity for none), for descriptions and forms
 * @param maxValue largest valid number (numbers only; +infinity for none), for descriptions and forms
 * @param hidden true for a parameter that front ends do not offer: one a fit reports in its summary so that passing
 *     the summary back reproduces the fit's choices (for example the patch layout PU-RBF derived from all the data,
 *     which cross-validation keeps for every fold); set from code only
 */
public record Parameter(
        String name,
        Class<?> type,
        Object defaultValue,
        String description,
        double minValue,
        double maxValue,
        boolean hidden) {

    public Parameter {
        if (defaultValue != null && !type.isInstance(defaultValue)) {
            throw new IllegalArgumentException(
                    name + ": default " + defaultValue + " is not a " + type.getSimpleName());
        }
    }

    /** A parameter front ends offer. */
    public Parameter(
            String name, Class<?> type, Object defaultValue, String description, double minValue, double maxValue) {
        this(name, type, defaultValue, description, minValue, maxValue, false);
    }

    /** A parameter front ends do not offer (see {@link #hidden}), without default. */
    public static Parameter hidden(String name, Class<?> type, String description) {
        return new Parameter(name, type, null, description, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true);
    }

    /** A parameter with no range. */
    public static Parameter of(String name, Class<?> type, Object defaultValue, String description) {
        return new Parameter(name, type, defaultValue, description, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** A number with a range. */
    public static Parameter number(
            String name, Class<?> type, Object defaultValue, double min, double max, String description) {
        return new Parameter(name, type, defaultValue, description, min, max);
    }

    /**
     * A positive finite number (a length, a scale, an exponent); {@code defaultValue} null when the method derives it
     * from the data.
     */
    public static Parameter positive(String name, Double defaultValue, String description) {
        return number(name, Double.class, defaultValue, Double.MIN_VALUE, Double.MAX_VALUE, description);
    }

    /** True for the types {@link #parse} reads from text. */
    public boolean isText() {
        return type == Integer.class
                || type == Double.class
                || type == Boolean.class
                || type == String.class
                || type.isEnum();
    }

    /**
     * The value of {@code text} for this parameter.
     *
     * @throws IllegalArgumentException naming the parameter and the text when it does not parse or is out of range
     */
    public Object parse(String text) {
        String t = text == null ? "" : text.trim();
        try {
            if (type == Integer.class) {
                return check(Integer.valueOf(t));
            }
            if (type == Double.class) {
                return check(Double.valueOf(t));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    name + ": '" + text + "' is not " + (type == Integer.class ? "a whole number" : "a number"));
        }
        if (type == Boolean.class) {
            if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
                return Boolean.valueOf(t.toLowerCase(Locale.ROOT));
            }
            throw new IllegalArgumentException(name + ": '" + text + "' is not true or false");
        }
        if (type == String.class) {
            return t;
        }
        if (type.isEnum()) {
            for (Object c : type.getEnumConstants()) {
                if (((Enum<?>) c).name().equalsIgnoreCase(t)) {
                    return c;
                }
            }
            throw new IllegalArgumentException(
                    name + ": '" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
        throw new IllegalArgumentException(name + ": a " + type.getSimpleName() + " cannot be given as text");
    }

    /**
     * {@code value} as this parameter's type: text is parsed, numbers of another boxed type converted.
     *
     * @throws IllegalArgumentException naming the parameter and the value
     */
    public Object coerce(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s && type != String.class) {
            return parse(s);
        }
        if (type == Double.class && value instanceof Number n) {
            return check(n.doubleValue());
        }
        if (type == Integer.class && value instanceof Number n && n.doubleValue() == n.intValue()) {
            return check(n.intValue());
        }
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(name + ": expected a " + type.getSimpleName() + ", got "
                    + value.getClass().getSimpleName() + " " + value);
        }
        return check(value);
    }

    /**
     * Ranges are not enforced here: the method's options check every value with a message that says what the
     * value means ("radius: must be a finite number > 0 ..."); the range is for descriptions and forms.
     */
    private static Object check(Object value) {
        return value;
    }
}
