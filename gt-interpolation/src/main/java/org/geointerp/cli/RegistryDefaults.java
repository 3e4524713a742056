package org.geointerp.cli;

import org.geointerp.engine.Methods;
import org.geointerp.engine.Parameter;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Gives a method command's options their defaults from the engine's method registry, so that the command line
 * never types a default of its own: an option names its registry parameter in {@code descriptionKey}.
 */
final class RegistryDefaults implements IDefaultValueProvider {

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || option.descriptionKey().isEmpty()) {
            return null;
        }
        if (!(arg.command().userObject() instanceof ProcessCommand command)) {
            return null;
        }
        for (Parameter p : Methods.get(command.processName()).parameters()) {
            if (p.name().equals(option.descriptionKey())) {
                return p.defaultValue() == null ? null : p.defaultValue().toString();
            }
        }
        return null;
    }
}
