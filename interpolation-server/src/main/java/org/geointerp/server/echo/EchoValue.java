package org.geointerp.server.echo;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One value the echo process received and gives back: a JSON value, bytes of a declared media
 * type, or a reference the client gave (echoed as the same link, never fetched).
 *
 * @param json the value itself for JSON kinds, else null
 * @param bytes decoded content of a binary input, else null
 * @param mediaType media type of the bytes or of the referenced document, or null
 * @param href the URL of an input given by reference, else null
 */
public record EchoValue(JsonNode json, byte[] bytes, String mediaType, String href) {

    public static EchoValue of(JsonNode json) {
        return new EchoValue(json, null, null, null);
    }

    public static EchoValue binary(byte[] bytes, String mediaType) {
        return new EchoValue(null, bytes, mediaType, null);
    }

    public static EchoValue reference(String href, String mediaType) {
        return new EchoValue(null, null, mediaType, href);
    }

    public boolean isReference() {
        return href != null;
    }

    public boolean isBinary() {
        return bytes != null;
    }
}
