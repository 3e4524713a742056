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
                cmd.getErr().println("error: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cl;
    }
}
