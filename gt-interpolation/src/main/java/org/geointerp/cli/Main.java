package org.geointerp.cli;

import org.geotools.process.ProcessException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code geointerp} command line: one sub-command per interpolation method, and the demo. */
@Command(
        name = "geointerp",
        mixinStandardHelpOptions = true,
        version = "geointerp 0.1.0",
        description = "Interpolates scattered point observations (CSV or GeoJSON) to rasters (GeoTIFF, ESRI ASCII"
                + " grid, PNG) with the GeoTools processes of this project.",
        subcommands = {
            ShepardCommand.class,
            AkimaCommand.class,
            ClusterpolateCommand.class,
            PuRbfCommand.class,
            CrossValidateCommand.class,
            DemoCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The configured command line; errors from bad input print as one line, not a stack trace, and a malformed
     * option (picocli's parameter errors) as one line pointing to the help, not the whole usage text.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr()
                    .println("error: " + e.getMessage().strip() + " (see "
                            + cmd.getCommandSpec().qualifiedName() + " --help)");
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        });
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof IllegalArgumentException
                    || e instanceof ProcessException
                    || e instanceof java.io.IOException) {
                cmd.getErr().println("error: " + asOption(e.getMessage()));
                return 2;
            }
            throw e;
        });
        return cl;
    }

    /**
     * A process's refusal names its parameter first ("valueAttr: ...", "data: ..."); on the command line the same
     * input is an option with another name, so the message names the option the user typed.
     */
    static String asOption(String message) {
        if (message == null) {
            return "";
        }
        for (String[] p : PROCESS_TO_OPTION) {
            if (message.startsWith(p[0] + ":")) {
                return p[1] + message.substring(p[0].length());
            }
        }
        return message;
    }

    /** Process parameters the command line spells differently (the others keep their names as options). */
    private static final String[][] PROCESS_TO_OPTION = {
        {"data", "--input"}, {"valueAttr", "--value-column"}, {"discardedBits", "--discard-lsb"}
    };
}
