package org.geointerp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.geointerp.engine.InterpolationMethod;
import org.geointerp.engine.Methods;
import org.geointerp.engine.Parameter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every method command, run without method options, hands its process exactly the engine's defaults (or nothing,
 * where the engine derives the value from the data): the command line types no default of its own.
 */
class CommandDefaultsTest {

    @Test
    void everyCommandPassesTheEnginesDefaults() throws Exception {
        for (String sub : new String[] {"shepard", "akima", "clusterpolate", "purbf"}) {
            CommandLine cl = Main.commandLine();
            CommandLine.ParseResult parsed = cl.parseArgs(sub, "-i", "x.csv", "-o", "out");
            ProcessCommand command =
                    (ProcessCommand) parsed.subcommand().commandSpec().userObject();
            Map<String, Object> params = new HashMap<>();
            command.addMethodParameters(params);
            InterpolationMethod method = Methods.get(command.processName());
            for (Parameter p : method.parameters()) {
                Object given = params.get(p.name());
                assertEquals(
                        p.defaultValue() == null ? null : p.coerce(p.defaultValue()),
                        given == null ? null : p.coerce(given),
                        sub + " --" + p.name() + ": the command's default differs from the engine's");
            }
        }
    }
}
