package org.geointerp.server.core;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Reads an input given by reference, only when the operator allowed its URL prefix. The URL is
 * brought to its normal form ({@link ReferenceUrl}) before the comparison and fetched in that
 * form. Anything else is refused before a connection is made: file:, jar:, ftp: and every other
 * scheme, hosts that are not listed, URLs that could climb out of an allowed path (dot segments,
 * also encoded; "//"; encoded slashes), user information, and redirects (a listed host must not
 * be able to bounce the server elsewhere).
 */
public final class ReferenceFetcher {
    private final List<URI> allowedPrefixes;
    private final long maxBytes;
    private final HttpClient client;

    public ReferenceFetcher(List<String> allowedPrefixes, long maxBytes) {
        this.allowedPrefixes =
                allowedPrefixes.stream().map(ReferenceFetcher::prefix).toList();
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

    /** The normal form of {@code href} when it lies under an allowed prefix; refused otherwise, before any connection. */
    URI checked(String href, String locator) {
        if (allowedPrefixes.isEmpty()) {
            throw refused(href, locator, "this server does not accept input references");
        }
        URI uri;
        try {
            uri = ReferenceUrl.normalise(href);
        } catch (IllegalArgumentException e) {
            throw refused(href, locator, e.getMessage());
        }
        for (URI prefix : allowedPrefixes) {
            if (ReferenceUrl.under(uri, prefix)) {
                return uri;
            }
        }
        throw refused(href, locator, "not under an allowed reference prefix");
    }

    private static URI prefix(String prefix) {
        try {
            return ReferenceUrl.normalise(prefix);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("allowed reference prefix '" + prefix + "': " + e.getMessage(), e);
        }
    }

    private static OwsException refused(String href, String locator, String why) {
        return new OwsException(OwsException.INVALID_PARAMETER, locator, "reference '" + href + "' refused: " + why);
    }
}
