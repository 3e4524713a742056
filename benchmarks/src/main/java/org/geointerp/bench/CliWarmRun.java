package org.geointerp.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import org.geointerp.cli.Main;
import picocli.CommandLine;

/**
 * Runs one command line several times in this JVM and prints the best wall-clock seconds of the last three runs and
 * the CPU seconds of the process (all threads) during that run: the warm time of the same work a fresh-JVM run does
 * (first_run.sh compares the two).
 *
 * <p>Usage: {@code CliWarmRun RUNS geointerp-arguments...}
 */
public final class CliWarmRun {

    private CliWarmRun() {}

    public static void main(String[] args) {
        int runs = Integer.parseInt(args[0]);
        String[] cli = Arrays.copyOfRange(args, 1, args.length);
        var os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double best = Double.POSITIVE_INFINITY;
        double bestCpu = Double.NaN;
        for (int i = 0; i < runs; i++) {
            CommandLine cl = Main.commandLine();
            StringWriter sink = new StringWriter();
            cl.setOut(new PrintWriter(sink));
            cl.setErr(new PrintWriter(sink));
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            int code = cl.execute(cli);
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - c0) / 1e9;
            if (code != 0) {
                throw new IllegalStateException("geointerp " + String.join(" ", cli) + " failed: " + sink);
            }
            if (i >= runs - 3 && s < best) {
                best = s;
                bestCpu = cpu;
            }
        }
        System.out.printf(java.util.Locale.ROOT, "%.2f %.2f%n", best, bestCpu);
    }
}
