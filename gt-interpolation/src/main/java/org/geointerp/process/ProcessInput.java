package org.geointerp.process;

import java.util.HashMap;
import java.util.Map;
import org.geointerp.engine.InterpolationMethod;
import org.geotools.api.data.Parameter;
import org.geotools.process.ProcessException;
import org.geotools.util.Converters;
import org.geotools.util.SimpleInternationalString;

/**
 * One input of an interpolation process, declared once: how it is published (the GeoTools {@link Parameter} that
 * GeoServer's DescribeProcess, the standalone server and the QGIS provider read) and how a value given for it is
 * read. Both follow what GeoTools' annotation-driven factory made of a {@code @DescribeParameter}: the title is the
 * name, an optional input has minOccurs 0, a range is {@link Parameter#MIN}/{@link Parameter#MAX} metadata, and an
 * absent value takes the default before it is converted to the type; so clients see and get the same as from an
 * annotated {@code execute} method.
 *
 * @param type null for an input that is the method's registry parameter of the same name, whose type and default
 *     are then the engine's ({@link #of(InterpolationMethod)}): the engine is the one home of defaults
 */
record ProcessInput(
        String name,
        Class<?> type,
        String description,
        boolean required,
        Object defaultValue,
        double minValue,
        double maxValue) {

    /** An input every call must give. */
    static ProcessInput required(String name, Class<?> type, String description) {
        return new ProcessInput(
                name, type, description, true, null, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** An input that may be left out, without default. */
    static ProcessInput optional(String name, Class<?> type, String description) {
        return new ProcessInput(
                name, type, description, false, null, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** An optional input that is the method's registry parameter {@code name}: its type and default are the engine's. */
    static ProcessInput engine(String name, String description) {
        return optional(name, null, description);
    }

    ProcessInput withDefault(Object value) {
        return new ProcessInput(name, type, description, required, value, minValue, maxValue);
    }

    /** The smallest valid number, published as {@link Parameter#MIN}. */
    ProcessInput atLeast(double min) {
        return new ProcessInput(name, type, description, required, defaultValue, min, maxValue);
    }

    /** The largest valid number, published as {@link Parameter#MAX}. */
    ProcessInput atMost(double max) {
        return new ProcessInput(name, type, description, required, defaultValue, minValue, max);
    }

    /** With the type and default of {@code method}'s parameter of this name when the type is the engine's. */
    ProcessInput of(InterpolationMethod method) {
        if (type != null) {
            return this;
        }
        org.geointerp.engine.Parameter p = method.parameter(name);
        return new ProcessInput(name, p.type(), description, required, p.defaultValue(), minValue, maxValue);
    }

    /** As GeoServer and the other clients see it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Parameter<?> parameter() {
        Map<String, Object> metadata = new HashMap<>();
        if (minValue != Double.NEGATIVE_INFINITY) {
            metadata.put(Parameter.MIN, minValue);
        }
        if (maxValue != Double.POSITIVE_INFINITY) {
            metadata.put(Parameter.MAX, maxValue);
        }
        return new Parameter(
                name,
                type,
                new SimpleInternationalString(name),
                new SimpleInternationalString(description),
                required,
                required ? 1 : 0,
                1,
                defaultValue,
                metadata);
    }

    /**
     * The value given for this input in {@code input}, or the default, as this input's type; the checks and
     * messages of GeoTools' annotated processes, which clients may already match.
     *
     * @throws ProcessException when the value does not convert, or a required input is missing
     */
    Object read(Map<String, Object> input) {
        Object value = input.get(name);
        if (value == null) {
            value = defaultValue;
        }
        Object converted = Converters.convert(value, type);
        if (converted == null && value != null) {
            throw new ProcessException("Could not convert " + value + " to target type " + type.getName());
        }
        if (required && value == null) {
            throw new ProcessException("Parameter " + name + " is missing but has min multiplicity > 0");
        }
        return converted;
    }
}
