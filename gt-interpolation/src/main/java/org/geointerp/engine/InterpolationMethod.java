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

    /**
     * The settings {@link AutoTune} tries: each a map of parameter values that override {@code given}. The first
     * is the empty map (the default), so tuning never chooses worse than the default. Values are relative to the
     * scales the default fit derived ({@code fitted}), so tuning does not depend on the coordinates' unit.
     * Parameters the caller gave are not tuned. Methods without smoothing or scale parameters return the default
     * alone.
     */
    default java.util.List<Map<String, Object>> tuningCandidates(Map<String, ?> given, FitSummary fitted) {
        return java.util.List.of(Map.of());
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
