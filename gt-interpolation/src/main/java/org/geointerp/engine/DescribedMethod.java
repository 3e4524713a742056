package org.geointerp.engine;

import java.util.List;

/**
 * What every registered method holds the same way: its registry name, its one-line title and its parameter list,
 * given once to the constructor. A method adds how it makes an interpolator (and, if it tunes, its candidates).
 */
public abstract class DescribedMethod implements InterpolationMethod {

    private final String name;
    private final String title;
    private final List<Parameter> parameters;

    protected DescribedMethod(String name, String title, List<Parameter> parameters) {
        this.name = name;
        this.title = title;
        this.parameters = List.copyOf(parameters);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final List<Parameter> parameters() {
        return parameters;
    }
}
