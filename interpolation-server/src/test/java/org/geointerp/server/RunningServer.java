package org.geointerp.server;

import java.util.List;
import org.geointerp.server.core.ProcessCatalog;
import org.geointerp.server.core.ServerConfig;

/** The endpoint on 127.0.0.1 and a free port, for one test class. */
final class RunningServer implements AutoCloseable {
    final EndpointServer server;
    final String base;

    RunningServer(ProcessCatalog catalog, ServerConfig config) throws Exception {
        server = EndpointServer.start(config, catalog, "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    static ServerConfig config(int workers, List<String> allowedReferences) {
        return ServerConfig.defaults()
                .withNamespaces(Published.NAMESPACES)
                .withWorkers(workers, 64)
                .withAllowedReferences(allowedReferences)
                .withLimits(4L * 1024 * 1024, 4_000_000L);
    }

    String wps() {
        return base + "/wps";
    }

    String ogcApi() {
        return base + "/ogcapi";
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
