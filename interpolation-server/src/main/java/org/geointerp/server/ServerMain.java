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
