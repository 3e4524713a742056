package org.geointerp.engine;

import java.util.List;
import java.util.Map;

/**
 * A registered interpolation method: its name, its parameters (names, types, defaults, ranges) and how to make an
 * {@link Interpolator} from parameter values given by name. The processes, the command line, cross-validation and
 * the Spark module all go through this, so a parameter means the same everywhere and has one default.
 */
public interface InterpolationMethod {

    /** The registry name, e.g. "Shepard"; the GeoTools process is {@code interpolation:<name>}. */
    String name();

    /** One line for lists and menus. */
    String title();

    /** The method's parameters in the order front ends show them. */
    List<Parameter> parameters();

    /**
     * An interpolator with the given parameter values; absent or null values take the default (or are derived from
     * the data at fit time). Values may be of the parameter's type or text to parse.
     *
     * @throws IllegalArgumentException for an unknown parameter name or a value that is invalid, naming it
     */
    Interpolator interpolator(Map<String, ?> values);

    /** An interpolator with every parameter at its default. */
    default Interpolator interpolator() {
        return interpolator(Map.of());
    }

    /** The parameter called {@code name}. */
    default Parameter parameter(String name) {
        for (Parameter p : parameters()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("parameters: " + name() + " has no parameter '" + name + "'; it has "
                + parameters().stream().map(Parameter::name).toList());
    }
}
