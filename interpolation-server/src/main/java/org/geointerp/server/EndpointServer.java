package org.geointerp.server;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.geointerp.server.core.InputBinder;
import org.geointerp.server.core.ProcessCatalog;
import org.geointerp.server.core.ReferenceFetcher;
import org.geointerp.server.core.ServerConfig;
import org.geointerp.server.echo.EchoProcess;
import org.geointerp.server.jobs.JobManager;
import org.geointerp.server.ogcapi.OgcApiService;
import org.geointerp.server.wps10.WpsService;

/** The standalone endpoint: Jetty on one address serving WPS 1.0.0 and OGC API - Processes. */
public final class EndpointServer implements AutoCloseable {
    static final long IDLE_TIMEOUT_MS = 20_000;
    static final long MIN_REQUEST_BYTES_PER_SECOND = 1024;
    static final int MAX_CONNECTIONS = 2000;

    private final Server server;
    private final ServerConnector connector;
    private final JobManager jobs;
    private final ProcessCatalog catalog;

    private EndpointServer(Server server, ServerConnector connector, JobManager jobs, ProcessCatalog catalog) {
        this.server = server;
        this.connector = connector;
        this.jobs = jobs;
        this.catalog = catalog;
    }

    /** Starts serving the processes of the registered factories in the configured namespaces. */
    public static EndpointServer start(ServerConfig config, String host, int port) throws Exception {
        return start(config, ProcessCatalog.fromRegistry(config.namespaces()), host, port);
    }

    public static EndpointServer start(ServerConfig config, ProcessCatalog catalog, String host, int port)
            throws Exception {
        if (catalog.isEmpty()) {
            throw new IllegalStateException("no process found in namespaces " + config.namespaces()
                    + "; is the process factory jar on the class path?");
        }
        JobManager jobs = new JobManager(config);
        InputBinder binder = new InputBinder(
                new ReferenceFetcher(config.allowedReferencePrefixes(), config.maxBodyBytes()), config.maxGridCells());
        WpsService wps = new WpsService(EndpointHandler.WPS, catalog, binder, jobs, config);
        OgcApiService ogc = new OgcApiService(
                EndpointHandler.OGCAPI, catalog, binder, jobs, config, config.echo() ? new EchoProcess() : null);
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("wps-http");
        threads.setDaemon(true);
        threads.setIdleTimeout(
                (int) Math.min(Integer.MAX_VALUE, config.idleThreadTimeout().toMillis()));
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        // KVP Execute carries its inputs (small GeoJSON included) in the URL: allow 64 KiB, not 8
        http.setRequestHeaderSize(64 * 1024);
        http.setSendServerVersion(false);
        // a body trickled slower than this is cut off (bodies are read without holding a thread,
        // but a connection is still a file descriptor and buffers)
        http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        // a connection that sends or reads nothing for this long is closed, headers included
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        server.addConnector(connector);
        // past this many open connections new ones wait in the accept queue: bounded descriptors and memory
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, server));
        server.setHandler(
                new EndpointHandler(wps, ogc, config.maxBodyBytes(), new RequestGuard(config.effectiveHosts(host))));
        server.setStopTimeout(2000);
        server.start();
        return new EndpointServer(server, connector, jobs, catalog);
    }

    public int port() {
        return connector.getLocalPort();
    }

    public String host() {
        return connector.getHost();
    }

    public JobManager jobs() {
        return jobs;
    }

    public ProcessCatalog catalog() {
        return catalog;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        jobs.close();
        server.stop();
    }
}
