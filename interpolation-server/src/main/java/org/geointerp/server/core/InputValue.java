package org.geointerp.server.core;

/**
 * One input value as it arrived, before it is turned into the Java type of its parameter.
 * WPS KVP, WPS XML and OGC API JSON all reduce to this.
 */
public record InputValue(
        Type type, String text, String mediaType, double[] lower, double[] upper, String crs, String href) {

    public enum Type {
        LITERAL,
        COMPLEX,
        BBOX,
        REFERENCE
    }

    public static InputValue literal(String text) {
        return new InputValue(Type.LITERAL, text, null, null, null, null, null);
    }

    public static InputValue complex(String text, String mediaType) {
        return new InputValue(Type.COMPLEX, text, mediaType, null, null, null, null);
    }

    public static InputValue bbox(double[] lower, double[] upper, String crs) {
        return new InputValue(Type.BBOX, null, null, lower, upper, crs, null);
    }

    public static InputValue reference(String href, String mediaType) {
        return new InputValue(Type.REFERENCE, null, mediaType, null, null, null, href);
    }
}
