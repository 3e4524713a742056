package org.geointerp.server.core;

/**
 * One input value as it arrived, before it is turned into the Java type of its parameter.
 * WPS KVP, WPS XML and OGC API JSON all reduce to this.
 */
public record InputValue(
        Type type,
        String text,
        String mediaType,
        double[] lower,
        double[] upper,
        String crs,
        String href,
        Object parsed) {

    public enum Type {
        LITERAL,
        COMPLEX,
        BBOX,
        REFERENCE,
        /** already decoded while the request was read as a stream (inline GeoJSON features) */
        PARSED
    }

    public static InputValue literal(String text) {
        return new InputValue(Type.LITERAL, text, null, null, null, null, null, null);
    }

    public static InputValue complex(String text, String mediaType) {
        return new InputValue(Type.COMPLEX, text, mediaType, null, null, null, null, null);
    }

    public static InputValue bbox(double[] lower, double[] upper, String crs) {
        return new InputValue(Type.BBOX, null, null, lower, upper, crs, null, null);
    }

    public static InputValue reference(String href, String mediaType) {
        return new InputValue(Type.REFERENCE, null, mediaType, null, null, null, href, null);
    }

    /** A value the reader decoded itself (features read from the request as a stream). */
    public static InputValue parsed(Object value, String mediaType) {
        return new InputValue(Type.PARSED, null, mediaType, null, null, null, null, value);
    }
}
