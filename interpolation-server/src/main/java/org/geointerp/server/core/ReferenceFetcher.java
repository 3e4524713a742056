package org.geointerp.server.core;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Reads an input given by reference, only when the operator allowed its URL prefix. Anything
 * else is refused before a connection is made: file:, jar:, ftp: and every other scheme, hosts
 * that are not listed, URLs that climb out of an allowed path with "..", and redirects (a
 * listed host must not be able to bounce the server elsewhere).
 */
public final class ReferenceFetcher {
    private final List<String> allowedPrefixes;
    private final long maxBytes;
    private final HttpClient client;

    public ReferenceFetcher(List<String> allowedPrefixes, long maxBytes) {
        this.allowedPrefixes =
                allowedPrefixes.stream().map(ReferenceFetcher::normalise).toList();
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The referenced document as text. */
    public String fetch(String href, String locator) {
        URI uri = checked(href, locator);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new OwsException(
                            OwsException.INVALID_PARAMETER,
                            locator,
                            "reference " + href + " answered HTTP " + response.statusCode());
                }
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new OwsException(
                            OwsException.FILE_SIZE_EXCEEDED,
                            locator,
                            "reference " + href + " is larger than " + maxBytes + " bytes");
                }
                return new String(bytes, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new OwsException(
                    OwsException.INVALID_PARAMETER,
                    locator,
                    "reference " + href + " could not be read: " + e.getMessage(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OwsException(OwsException.NO_APPLICABLE_CODE, locator, "interrupted reading " + href, e);
        }
    }

    /** Refuses every URL that is not http(s) under an allowed prefix. */
    URI checked(String href, String locator) {
        if (allowedPrefixes.isEmpty()) {
            throw refused(href, locator, "this server does not accept input references");
        }
        URI uri;
        try {
            uri = new URI(href.trim()).normalize();
        } catch (URISyntaxException e) {
            throw refused(href, locator, "not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused(href, locator, "only http and https references are accepted");
        }
        if (uri.getRawUserInfo() != null
                || uri.getHost() == null
                || uri.getRawPath() == null
                || uri.getRawPath().contains("..")) {
            throw refused(href, locator, "URL form not accepted");
        }
        String normalised = normalise(uri.toString());
        for (String prefix : allowedPrefixes) {
            if (normalised.startsWith(prefix)) {
                return uri;
            }
        }
        throw refused(href, locator, "not under an allowed reference prefix");
    }

    private static String normalise(String url) {
        try {
            URI u = new URI(url.trim()).normalize();
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
            int port = u.getPort() != -1 ? u.getPort() : ("https".equals(scheme) ? 443 : 80);
            String rest = (u.getRawPath() == null ? "" : u.getRawPath())
                    + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
            return scheme + "://" + host + ":" + port + rest;
        } catch (URISyntaxException e) {
            return url;
        }
    }

    private static OwsException refused(String href, String locator, String why) {
        return new OwsException(OwsException.INVALID_PARAMETER, locator, "reference '" + href + "' refused: " + why);
    }
}
