package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Runs one of the OGC's executable test suites (an all-in-one jar, never part of this
 * repository) in its own JVM against the server, and reads its TestNG results. The jars are
 * looked up in the folder named by the system property {@code ets.dir} ({@code .ci/run} copies
 * them there); a missing jar fails the test with what to do, it never skips.
 */
final class EtsRun {
    static final String ETS_DIR_PROPERTY = "ets.dir";

    /** One test method of the suite: its name, PASS/FAIL/SKIP, and the failure message. */
    record Check(String name, String status, String message) {}

    private EtsRun() {}

    static Path jar(String name) {
        String dir = System.getProperty(ETS_DIR_PROPERTY);
        if (dir == null) {
            fail("system property " + ETS_DIR_PROPERTY + " is not set (the pom sets it for failsafe)");
        }
        Path jar = Path.of(dir).resolve(name).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            fail("OGC test suite jar not found: " + jar + ". Copy " + name + " there (.ci/run copies it from"
                    + " the shared tools folder) or run with -D" + ETS_DIR_PROPERTY + "=FOLDER");
        }
        return jar;
    }

    /**
     * Runs {@code java [jvmArgs] -jar jar [args]} with a time limit, its output in {@code out/ets.log},
     * and returns the checks of the testng-results.xml it wrote under {@code resultsRoot}.
     */
    static List<Check> run(Path jar, List<String> jvmArgs, List<String> args, Path out, Path resultsRoot)
            throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.addAll(jvmArgs);
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(args);
        Path log = out.resolve("ets.log");
        Process p = new ProcessBuilder(cmd)
                .directory(out.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(jar.getFileName() + " did not finish within 10 minutes; its log: " + log);
        }
        Path results;
        try (Stream<Path> files = Files.walk(resultsRoot)) {
            results = files.filter(f -> f.getFileName().toString().equals("testng-results.xml"))
                    .findFirst()
                    .orElse(null);
        }
        if (results == null) {
            fail(jar.getFileName() + " wrote no testng-results.xml under " + resultsRoot + " (exit " + p.exitValue()
                    + "); its log: " + log);
        }
        return checks(results);
    }

    private static List<Check> checks(Path results) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList methods = factory.newDocumentBuilder().parse(results.toFile()).getElementsByTagName("test-method");
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < methods.getLength(); i++) {
            Element m = (Element) methods.item(i);
            if ("true".equals(m.getAttribute("is-config"))) {
                continue;
            }
            NodeList messages = m.getElementsByTagName("message");
            NodeList exceptions = m.getElementsByTagName("exception");
            String message = messages.getLength() > 0
                    ? messages.item(0).getTextContent().trim()
                    : exceptions.getLength() > 0 ? ((Element) exceptions.item(0)).getAttribute("class") : "";
            checks.add(new Check(m.getAttribute("name"), m.getAttribute("status"), message));
        }
        return checks;
    }

    /**
     * Fails unless every check passed, or failed only because it needs the named schema and that
     * schema cannot be fetched from this machine now (the fetch error is the reason shown). Prints
     * the table either way.
     */
    static void assertAllPass(String suite, List<Check> checks, Map<String, String> offlineSchemas) {
        if (checks.isEmpty()) {
            fail(suite + " ran no check");
        }
        List<String> problems = new ArrayList<>();
        int passed = 0;
        int excepted = 0;
        StringBuilder table = new StringBuilder(suite + ":\n");
        for (Check c : checks) {
            String line = c.status() + "  " + c.name();
            if (c.status().equals("PASS")) {
                passed++;
            } else {
                String schema = offlineSchemas.get(c.name());
                String reason = schema != null && c.message().contains(schema) ? unreachable(schema) : null;
                if (c.status().equals("FAIL") && reason != null) {
                    excepted++;
                    line += "  (needs " + schema + ", which cannot be fetched here: " + reason + ")";
                } else {
                    problems.add(c.name() + " " + c.status() + ": " + c.message());
                    line += "  " + c.message();
                }
            }
            table.append("  ").append(line).append('\n');
        }
        table.append(String.format(
                "  %d checks: %d passed, %d failed only for want of an unreachable schema, %d other%n",
                checks.size(), passed, excepted, problems.size()));
        System.out.print(table);
        if (!problems.isEmpty()) {
            fail(suite + ": " + problems.size() + " check(s) did not pass:\n  " + String.join("\n  ", problems));
        }
    }

    /** Why the URL cannot be read from here, or null when it can (then the check must pass). */
    private static String unreachable(String url) {
        try {
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
            HttpResponse<Void> r = client.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200 ? null : "HTTP " + r.statusCode();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }
}
