package org.geointerp.server.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geotools.api.data.Parameter;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.geometry.jts.ReferencedEnvelope;

/**
 * Turns the wire inputs of one request into the map a GeoTools process executes with:
 * checks names, occurrences and limits, resolves references, decodes each value by its kind.
 */
public final class InputBinder {
    private final ReferenceFetcher references;
    private final long maxGridCells;

    public InputBinder(ReferenceFetcher references, long maxGridCells) {
        this.references = references;
        this.maxGridCells = maxGridCells;
    }

    public Map<String, Object> bind(ProcessInfo process, Map<String, List<InputValue>> raw) {
        for (String key : raw.keySet()) {
            if (!process.inputs().containsKey(key)) {
                throw new OwsException(
                        OwsException.INVALID_PARAMETER,
                        key,
                        "process " + process.id() + " has no input '" + key + "'; inputs: "
                                + process.inputs().keySet());
            }
        }
        Map<String, Object> bound = new LinkedHashMap<>();
        for (Parameter<?> p : process.inputs().values()) {
            List<InputValue> values = raw.getOrDefault(p.key, List.of());
            if (values.isEmpty()) {
                if (p.minOccurs > 0 && p.getDefaultValue() == null) {
                    throw new OwsException(OwsException.MISSING_PARAMETER, p.key, "input '" + p.key + "' is required");
                }
                continue;
            }
            if (p.maxOccurs >= 0 && values.size() > Math.max(1, p.maxOccurs)) {
                throw new OwsException(
                        OwsException.INVALID_PARAMETER,
                        p.key,
                        "input '" + p.key + "' given " + values.size() + " times, at most " + p.maxOccurs + " allowed");
            }
            List<Object> decoded = new ArrayList<>(values.size());
            for (InputValue v : values) {
                decoded.add(decode(p, v));
            }
            bound.put(p.key, p.maxOccurs > 1 || p.maxOccurs < 0 ? decoded : decoded.get(0));
        }
        checkGridSize(bound);
        return bound;
    }

    private Object decode(Parameter<?> p, InputValue v) {
        ParameterKind kind = ParameterKind.of(p.type);
        if (v.type() == InputValue.Type.REFERENCE) {
            v = new InputValue(
                    kind.isComplex() ? InputValue.Type.COMPLEX : InputValue.Type.LITERAL,
                    references.fetch(v.href(), p.key),
                    v.mediaType(),
                    null,
                    null,
                    null,
                    null);
        }
        switch (kind) {
            case LITERAL:
            case CRS:
                requireType(p, v, InputValue.Type.LITERAL);
                return LiteralCodec.parse(p, v.text());
            case BBOX:
                return bbox(p, v);
            case GEOMETRY:
                requireComplex(p, v);
                if (MediaTypes.WKT.equals(MediaTypes.normalise(v.mediaType()))) {
                    return WktCodec.read(v.text(), p.key);
                }
                return GeoJsonCodec.readGeometry(v.text(), p.key);
            case FEATURES:
                requireComplex(p, v);
                SimpleFeatureCollection features = GeoJsonCodec.readFeatures(v.text(), p.key);
                CrsDomain.check(features, p.key);
                return features;
            default:
                throw new OwsException(OwsException.INVALID_PARAMETER, p.key, "input '" + p.key + "' cannot be sent");
        }
    }

    private static ReferencedEnvelope bbox(Parameter<?> p, InputValue v) {
        double[] lo;
        double[] hi;
        String crs;
        if (v.type() == InputValue.Type.BBOX) {
            lo = v.lower();
            hi = v.upper();
            crs = v.crs();
        } else if (v.type() == InputValue.Type.LITERAL) {
            // KVP form: minx,miny,maxx,maxy[,crs]
            String[] parts = v.text().split(",");
            if (parts.length < 4) {
                throw new OwsException(
                        OwsException.INVALID_PARAMETER,
                        p.key,
                        "bounding box '" + v.text() + "' for " + p.key + ": expected minx,miny,maxx,maxy[,crs]");
            }
            lo = new double[] {number(p, parts[0]), number(p, parts[1])};
            hi = new double[] {number(p, parts[2]), number(p, parts[3])};
            crs = parts.length > 4 ? String.join(",", java.util.Arrays.copyOfRange(parts, 4, parts.length)) : null;
        } else {
            throw new OwsException(
                    OwsException.INVALID_PARAMETER, p.key, "input '" + p.key + "' must be a bounding box");
        }
        if (lo == null || hi == null || lo.length < 2 || hi.length < 2) {
            throw new OwsException(
                    OwsException.INVALID_PARAMETER, p.key, "bounding box for " + p.key + " needs two 2D corners");
        }
        if (!(lo[0] < hi[0]) || !(lo[1] < hi[1])) {
            throw new OwsException(
                    OwsException.INVALID_PARAMETER,
                    p.key,
                    "bounding box for " + p.key + " is empty or inverted: lower corner must be below the upper corner");
        }
        if (crs == null || crs.isBlank()) {
            throw new OwsException(OwsException.MISSING_PARAMETER, p.key, "bounding box for " + p.key + " has no crs");
        }
        ReferencedEnvelope box = new ReferencedEnvelope(lo[0], hi[0], lo[1], hi[1], CrsCodec.decode(crs, p.key));
        CrsDomain.check(box, p.key);
        return box;
    }

    private static double number(Parameter<?> p, String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new OwsException(
                    OwsException.INVALID_PARAMETER, p.key, "'" + s + "' in " + p.key + " is not a number");
        }
    }

    private static void requireType(Parameter<?> p, InputValue v, InputValue.Type type) {
        if (v.type() != type) {
            throw new OwsException(
                    OwsException.INVALID_PARAMETER,
                    p.key,
                    "input '" + p.key + "' must be given as " + type.name().toLowerCase(java.util.Locale.ROOT)
                            + " data");
        }
    }

    private static void requireComplex(Parameter<?> p, InputValue v) {
        requireType(p, v, InputValue.Type.COMPLEX);
        String mt = MediaTypes.normalise(v.mediaType());
        if (mt != null && !ParameterKind.of(p.type).mediaTypes().contains(mt)) {
            throw new OwsException(
                    OwsException.INVALID_PARAMETER,
                    p.key,
                    "input '" + p.key + "' does not accept " + v.mediaType() + "; accepted: "
                            + ParameterKind.of(p.type).mediaTypes());
        }
        if (v.text() == null || v.text().isBlank()) {
            throw new OwsException(OwsException.MISSING_PARAMETER, p.key, "input '" + p.key + "' is empty");
        }
    }

    /** GeoTools' raster processes name their grid outputWidth/outputHeight; refuse grids over the limit. */
    private void checkGridSize(Map<String, Object> bound) {
        if (bound.get("outputWidth") instanceof Number w && bound.get("outputHeight") instanceof Number h) {
            if (w.longValue() < 1 || h.longValue() < 1) {
                throw new OwsException(
                        OwsException.INVALID_PARAMETER,
                        "outputWidth",
                        "grid size " + w + " x " + h + " must be positive");
            }
            if (w.longValue() * h.longValue() > maxGridCells) {
                throw new OwsException(
                        OwsException.INVALID_PARAMETER,
                        "outputWidth",
                        "grid of " + w + " x " + h + " cells is over this server's limit of " + maxGridCells
                                + " cells");
            }
        }
    }
}
