package org.geointerp.server.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An http(s) URL in the one form that is compared with the allowed prefixes and then fetched
 * (RFC 3986, section 6): scheme and host in lower case, the default port written out,
 * percent-encoded unreserved characters decoded (so {@code %2e} is a dot), no fragment. Forms a
 * server could read differently from this check are refused rather than rewritten: user
 * information, dot segments ({@code .}, {@code ..}, also encoded), empty segments ({@code //}),
 * encoded slashes and backslashes.
 */
final class ReferenceUrl {
    private ReferenceUrl() {}

    /** The normal form of {@code href}; IllegalArgumentException saying why it is refused. */
    static URI normalise(String href) {
        URI u;
        try {
            u = new URI(href.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("only http and https references are accepted");
        }
        if (u.getRawUserInfo() != null) {
            throw new IllegalArgumentException("user information in a URL is not accepted");
        }
        if (u.getHost() == null) {
            throw new IllegalArgumentException("no host name");
        }
        String host = u.getHost().toLowerCase(Locale.ROOT);
        int port = u.getPort() != -1 ? u.getPort() : scheme.equals("https") ? 443 : 80;
        String path = path(u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath());
        String query = u.getRawQuery() == null ? "" : "?" + decodeUnreserved(u.getRawQuery());
        try {
            return new URI(scheme + "://" + host + ":" + port + path + query);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL");
        }
    }

    /** Whether {@code url} (normalised) lies under {@code prefix} (normalised), at a path segment boundary. */
    static boolean under(URI url, URI prefix) {
        String u = url.toString();
        String p = prefix.toString();
        if (!u.startsWith(p)) {
            return false;
        }
        if (u.length() == p.length() || p.endsWith("/")) {
            return true;
        }
        char next = u.charAt(p.length());
        return next == '/' || next == '?';
    }

    private static String path(String raw) {
        String path = decodeUnreserved(raw);
        String upper = path.toUpperCase(Locale.ROOT);
        if (upper.contains("%2F") || upper.contains("%5C")) {
            throw new IllegalArgumentException("encoded slashes are not accepted");
        }
        String[] segments = path.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            String s = segments[i];
            if (s.equals(".") || s.equals("..")) {
                throw new IllegalArgumentException("dot segments ('.', '..') are not accepted");
            }
            if (s.isEmpty() && i < segments.length - 1) {
                throw new IllegalArgumentException("empty path segments ('//') are not accepted");
            }
        }
        return path;
    }

    /** Decodes %XX escapes of unreserved characters and writes the other escapes in upper case. */
    private static String decodeUnreserved(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) { // java.net.URI checked that two hex digits follow
                int value = Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                boolean unreserved = (value >= 'a' && value <= 'z')
                        || (value >= 'A' && value <= 'Z')
                        || (value >= '0' && value <= '9')
                        || value == '-'
                        || value == '.'
                        || value == '_'
                        || value == '~';
                out.append(
                        unreserved
                                ? String.valueOf((char) value)
                                : raw.substring(i, i + 3).toUpperCase(Locale.ROOT));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
