package org.geointerp.server;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.geointerp.server.core.MediaTypes;
import org.geointerp.server.core.OwsException;
import org.geointerp.server.core.ServerConfig;
import org.geointerp.server.http.HttpCall;

/**
 * Refuses what a web page in the user's browser could make the server do (docs/security.md):
 * requests addressed to a host name the server is not configured for (DNS rebinding), and
 * requests that start or stop jobs without a JSON or XML body, from another site's page
 * (Origin header) or as a cross-site navigation or sub-resource (Sec-Fetch-Site). A browser
 * sends JSON and XML across sites only after a CORS preflight, which this server never grants.
 */
final class RequestGuard {
    private final Set<String> hosts;

    RequestGuard(Set<String> hosts) {
        this.hosts = Set.copyOf(hosts);
    }

    /** Throws when the Host header (its name, without the port) is not one this server is configured for. */
    void checkHost(String host) {
        if (!allowed(host)) {
            throw new OwsException(
                    OwsException.INVALID_PARAMETER,
                    "Host",
                    "this server does not answer to the host name '" + host + "' (see --allow-host)",
                    null,
                    421);
        }
    }

    /**
     * Throws when a call that starts, stops or removes a job could come from another site's page.
     *
     * @param changesState whether the call starts, stops or removes a job
     */
    void check(HttpCall call, boolean changesState) {
        if (!changesState) {
            return;
        }
        String origin = call.header("origin");
        if (origin != null && !sameAuthority(origin, call.header("host"))) {
            throw forbidden("Origin", "requests from pages of " + origin + " cannot start or stop jobs");
        }
        String site = call.header("sec-fetch-site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            throw forbidden("Sec-Fetch-Site", "a " + site + " browser request cannot start or stop jobs");
        }
        if ("POST".equals(call.method()) && !MediaTypes.isXmlOrJson(call.contentType())) {
            throw new OwsException(
                    OwsException.INVALID_PARAMETER,
                    "Content-Type",
                    "a request that starts or stops a job needs an XML or JSON Content-Type, not "
                            + (call.contentType() == null ? "none" : call.contentType()),
                    null,
                    415);
        }
    }

    private boolean allowed(String host) {
        return hosts.contains(ServerConfig.ANY_HOST) || (host != null && hosts.contains(ServerConfig.hostName(host)));
    }

    /**
     * Whether an Origin header ("scheme://host[:port]", or "null") names this server as the
     * client addressed it: a page of another site, or of another port of the same host, does not.
     */
    private static boolean sameAuthority(String origin, String hostHeader) {
        try {
            String authority = URI.create(origin.trim()).getRawAuthority();
            return authority != null
                    && hostHeader != null
                    && authority
                            .toLowerCase(Locale.ROOT)
                            .equals(hostHeader.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static OwsException forbidden(String locator, String message) {
        return new OwsException(OwsException.INVALID_PARAMETER, locator, message, null, 403);
    }
}
