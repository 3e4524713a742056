package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real clients the end-to-end tests drive: Debian's python3-owslib and gdal-bin. They are
 * required (CI installs them); a missing one fails the test with the install command, it never
 * skips it.
 */
final class ExternalTools {
    /** Debian's interpreter: python3-owslib installs into its dist-packages, not into other Pythons on PATH. */
    static final String PYTHON = "/usr/bin/python3";

    record Result(int exit, String out, String err) {}

    private ExternalTools() {}

    static String python() {
        if (!new File(PYTHON).canExecute()) {
            fail(PYTHON + " not found: install Debian's python3-owslib (apt-get install -y python3-owslib)");
        }
        Result r = run(List.of(PYTHON, "-c", "import owslib.wps, owslib.ogcapi.processes"), 60);
        if (r.exit() != 0) {
            fail("OWSLib is not importable by " + PYTHON + ": apt-get install -y python3-owslib\n" + r.err());
        }
        return PYTHON;
    }

    static String gdalinfo() {
        Result r = run(List.of("gdalinfo", "--version"), 60);
        if (r.exit() != 0) {
            fail("gdalinfo not usable: apt-get install -y gdal-bin\n" + r.err());
        }
        return "gdalinfo";
    }

    /** The OWSLib driver script, copied out of the test class path. */
    static Path clientScript(Path dir) throws IOException {
        Path script = dir.resolve("wps_client.py");
        try (InputStream in = ExternalTools.class.getResourceAsStream("/owslib/wps_client.py")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return script;
    }

    /** Runs a command with a hard time limit; the process is killed when it overruns. */
    static Result run(List<String> command, long timeoutSeconds) {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread o = new Thread(() -> copy(p.getInputStream(), out));
            Thread e = new Thread(() -> copy(p.getErrorStream(), err));
            o.start();
            e.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("timed out after " + timeoutSeconds + " s: " + command);
            }
            o.join(5000);
            e.join(5000);
            return new Result(
                    p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (IOException ex) {
            return new Result(127, "", command.get(0) + ": " + ex.getMessage());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException ignored) {
            // the process ended; what was read is kept
        }
    }
}
