import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Makes the command line's AOT cache (JEP 483, 514, 515) at package time: runs a training command on a JDK 25 or
 * later with {@code -XX:AOTCacheOutput}. Run by the build's JDK (17) as a single-file source program, so that a
 * machine without JDK 25 still builds: then it says why and leaves the cache out (docs/first-run.md).
 *
 * <p>Usage: {@code java AotCache.java JDK_HOME CACHE LOG training-arguments...}
 */
public final class AotCache {

    public static void main(String[] args) throws IOException, InterruptedException {
        Path jdk = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        Path log = Path.of(args[2]);
        List<String> training = Arrays.asList(args).subList(3, args.length);
        // the cache belongs to the jar it was made with: a stale one would only be ignored with a warning
        Files.deleteIfExists(cache);
        Path java = jdk.resolve("bin").resolve(System.getProperty("os.name").startsWith("Windows") ? "java.exe" : "java");
        if (!Files.isExecutable(java)) {
            System.out.println("[aot] no JDK at " + jdk + " (-Daot.jdk=...): " + cache.getFileName()
                    + " not built; the class-data sharing archive serves JDK 17");
            return;
        }
        int feature = feature(jdk);
        if (feature < 25) {
            // -XX:AOTCacheOutput (one-step training) came with JDK 25; JDK 24's two steps are not worth a branch
            System.out.println("[aot] " + jdk + " is JDK " + (feature < 0 ? "of unknown version" : feature)
                    + ", the AOT cache needs 25 or later: " + cache.getFileName() + " not built");
            return;
        }
        List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:AOTCacheOutput=" + cache));
        command.addAll(training);
        int code = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start()
                .waitFor();
        if (code != 0 || !Files.exists(cache)) {
            // a JDK 25 that cannot run the demo means the jar is broken: fail the build
            System.err.println("[aot] training run failed (exit " + code + "), see " + log);
            System.exit(1);
        }
        System.out.println("[aot] " + cache + " (" + Files.size(cache) / (1 << 20) + " MB) made with " + java);
    }

    /** The JDK's feature release from its {@code release} file, or -1. */
    private static int feature(Path jdk) throws IOException {
        Path release = jdk.resolve("release");
        if (!Files.exists(release)) {
            return -1;
        }
        Properties p = new Properties();
        try (var in = Files.newInputStream(release)) {
            p.load(in);
        }
        String v = p.getProperty("JAVA_VERSION", "").replace("\"", "");
        try {
            return Integer.parseInt(v.split("[.+-]")[0]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
