package org.geointerp.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.geointerp.server.core.ProcessInfo;
import org.geointerp.server.core.ServerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar interpolation-server.jar --port 8085}: the standalone WPS / OGC API server. */
@Command(
        name = "interpolation-server",
        mixinStandardHelpOptions = true,
        description = "Serves the interpolation processes over WPS 1.0.0 (/wps) and OGC API - Processes (/ogcapi).")
public final class ServerMain implements Callable<Integer> {
    @Option(names = "--host", description = "address to listen on (default ${DEFAULT-VALUE}: this machine only)")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "port; 0 picks a free one (default ${DEFAULT-VALUE})")
    int port = 8085;

    @Option(names = "--namespace", description = "process namespace to publish, repeatable (default interpolation)")
    List<String> namespaces = new ArrayList<>(List.of("interpolation"));

    @Option(names = "--max-body-mb", description = "largest request body in MiB (default ${DEFAULT-VALUE})")
    long maxBodyMb = ServerConfig.DEFAULT_MAX_BODY / (1024 * 1024);

    @Option(names = "--max-cells", description = "largest outputWidth x outputHeight (default ${DEFAULT-VALUE})")
    long maxCells = ServerConfig.DEFAULT_MAX_CELLS;

    @Option(names = "--workers", description = "processes run at once (default: number of cores)")
    int workers = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Option(names = "--queue", description = "jobs waiting for a worker before ServerBusy (default ${DEFAULT-VALUE})")
    int queue = 64;

    @Option(
            names = "--allow-reference",
            description = "http(s) URL prefix that input references may point under, "
                    + "repeatable; none by default (references refused)")
    List<String> allowedReferences = new ArrayList<>();

    @Option(names = "--sync-timeout", description = "seconds a synchronous request may run (default ${DEFAULT-VALUE})")
    long syncTimeoutSeconds = 600;

    @Option(
            names = "--retention",
            description = "minutes finished jobs and results are kept (default ${DEFAULT-VALUE})")
    long retentionMinutes = 30;

    @Option(
            names = "--allow-host",
            description = "host name clients may address this server by (Host header), repeatable; "
                    + "default: the --host address and localhost; * for any (only behind a proxy that checks it)")
    List<String> allowedHosts = new ArrayList<>();

    @Option(
            names = "--list-all-jobs",
            description = "the OGC API job list shows every client's jobs (default: each client its own)")
    boolean listAllJobs;

    @Option(
            names = "--job-time-limit",
            description = "seconds a job may run before it is stopped and fails (default ${DEFAULT-VALUE})")
    long jobTimeLimitSeconds = 1800;

    @Option(
            names = "--job-dir",
            description = "folder for kept results, one folder per job (default: a temporary folder removed at exit)")
    java.nio.file.Path jobDir;

    @Option(
            names = "--max-stored-mb",
            description = "MiB of kept results the job folder may hold; oldest finished jobs go first"
                    + " (default ${DEFAULT-VALUE})")
    long maxStoredMb = ServerConfig.DEFAULT_MAX_STORED / (1024 * 1024);

    @Option(
            names = "--max-jobs",
            description = "jobs kept at most; oldest finished go first (default ${DEFAULT-VALUE})")
    int maxJobs = 500;

    @Option(
            names = "--max-jobs-per-client",
            description = "jobs one client (address) may have waiting or running at once"
                    + " (default: half of --workers and --queue together)")
    int maxJobsPerClient;

    @Option(
            names = "--echo",
            description = "also publish the 'echo' process over OGC API (used by the OGC conformance suite)")
    boolean echo;

    @Override
    public Integer call() throws Exception {
        ServerConfig config = ServerConfig.builder()
                .namespaces(new LinkedHashSet<>(namespaces))
                .maxBodyBytes(maxBodyMb * 1024 * 1024)
                .maxGridCells(maxCells)
                .workers(workers)
                .maxQueuedJobs(queue)
                .allowedReferencePrefixes(allowedReferences)
                .retention(Duration.ofMinutes(retentionMinutes))
                .syncTimeout(Duration.ofSeconds(syncTimeoutSeconds))
                .allowedHosts(new LinkedHashSet<>(allowedHosts))
                .listAllJobs(listAllJobs)
                .jobTimeLimit(Duration.ofSeconds(jobTimeLimitSeconds))
                .jobDirectory(jobDir)
                .maxStoredBytes(maxStoredMb * 1024 * 1024)
                .maxRetainedJobs(maxJobs)
                .maxJobsPerClient(maxJobsPerClient)
                .echo(echo)
                .build();
        EndpointServer server = EndpointServer.start(config, host, port);
        String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port();
        System.out.println("WPS 1.0.0 listening on " + base + "/wps");
        System.out.println("OGC API - Processes listening on " + base + "/ogcapi/");
        for (ProcessInfo p : server.catalog().all()) {
            System.out.println("  " + p.id() + "  " + p.title());
        }
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("shutdown: " + e.getMessage());
            }
        }));
        server.join();
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ServerMain()).execute(args));
    }
}
