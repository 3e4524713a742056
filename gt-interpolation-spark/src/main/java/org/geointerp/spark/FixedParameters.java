package org.geointerp.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.geointerp.engine.Execution;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.clusterpolate.DefaultRadius;
import org.geointerp.engine.shepard.ShepardInterpolator;

/**
 * The parameters a method derives from all the data, computed once on the driver and then fixed for every tile (a
 * tile that derived its own from its points would disagree with its neighbours at the seam):
 * <ul>
 *   <li>Small data (at most {@code driverPoints} points): all points are collected and the engine fits them once,
 *       exactly as one machine would; its summary's parameters are the fixed ones (Shepard's radius and slope
 *       scale, Clusterpolate's radius).</li>
 *   <li>Large data: Shepard's radius from the convex hull's area and the number of points (the hull is a
 *       distributed aggregate: {@link PointStats}), its slope scale from every point's slope, computed tile by tile
 *       with exact halos ({@link ShepardSlopes}); Clusterpolate's radius from a seeded sample: the median distance
 *       to the 12th neighbour in the sample (DefaultRadius.NEIGHBOURS), scaled by the square root of the sampling fraction (distances between
 *       neighbours shrink as the square root of the density).</li>
 *   <li>The partition-of-unity RBF tiles only in its patch-spacing mode; without a spacing it gets twice the
 *       typical point spacing, {@code 2 sqrt(hull area / n)}, the process's advice for map tiles.</li>
 *   <li>Akima has no parameter to derive; its frame (the data's bounding box and point count) is fixed instead
 *       ({@link AkimaTileFitter}).</li>
 * </ul>
 */
final class FixedParameters {

    private FixedParameters() {}

    /** Whether the points are few enough to derive the parameters from all of them on the driver. */
    static boolean small(PointStats stats, InterpolationRequest request) {
        return stats.used() <= request.driverPoints();
    }

    /** All used points on the driver, in input order. */
    static PointSet collect(JavaRDD<PointChunk> chunks) {
        return PointBlock.points(chunks.map(PointChunk::points).collect());
    }

    /** A seeded Bernoulli sample of the used points on the driver, in input order. */
    static PointSet sample(JavaRDD<PointChunk> chunks, double fraction, long seed) {
        List<PointChunk.Point> drawn =
                PointChunk.eachPoint(chunks).sample(false, fraction, seed).collect();
        PointBlock block = new PointBlock(drawn.size());
        for (PointChunk.Point p : drawn) {
            block.add(p.x(), p.y(), p.z(), p.id());
        }
        return PointBlock.points(List.of(block));
    }

    /**
     * The parameters of every tile except those a distributed pass still has to fill in (Shepard's slope scale for
     * large data, see {@link #needsSlopePass}).
     *
     * @param all every point, when {@link #small}; null otherwise
     */
    static Map<String, String> derive(
            InterpolationRequest request, PointStats stats, PointSet all, JavaRDD<PointChunk> chunks) {
        Map<String, String> given = request.parameters();
        Map<String, String> fixed = new LinkedHashMap<>(given);
        switch (request.method()) {
            case "Shepard" -> {
                if (all != null) {
                    return text(given, fitted(request, all));
                }
                if (!given.containsKey("radius")) {
                    double area = stats.hullGeometry().getArea();
                    if (!(area > 0)) {
                        throw new IllegalArgumentException("data: all " + stats.used()
                                + " points lie on one line, so their convex hull has no area and the search radius"
                                + " cannot be derived from it; set the radius explicitly");
                    }
                    fixed.put("radius", InterpolationRequest.text(ShepardInterpolator.radius(area, (int)
                            Math.min(Integer.MAX_VALUE, stats.used()))));
                }
                return complete(request.method(), fixed);
            }
            case "Clusterpolate" -> {
                if (all != null) {
                    return text(given, fitted(request, all));
                }
                if (!given.containsKey("radius")) {
                    double fraction = Math.min(1.0, (double) request.driverPoints() / stats.used());
                    PointSet sample = sample(chunks, fraction, request.seed());
                    fixed.put(
                            "radius",
                            InterpolationRequest.text(
                                    DefaultRadius.of(sample) * Math.sqrt(sample.size() / (double) stats.used())));
                }
                return complete(request.method(), fixed);
            }
            case "PartitionOfUnityRBF" -> {
                if (!given.containsKey("patchSpacing")) {
                    double area = stats.hullGeometry().getArea();
                    if (!(area > 0)) {
                        throw new IllegalArgumentException("patchSpacing: cannot be derived from points on one line;"
                                + " give one (about twice the typical distance between neighbouring points)");
                    }
                    fixed.put("patchSpacing", InterpolationRequest.text(2 * Math.sqrt(area / stats.used())));
                }
                return complete(request.method(), fixed);
            }
            case "Akima" -> {
                return complete(request.method(), fixed);
            }
            default -> throw new IllegalArgumentException("method: no tiling rule for " + request.method());
        }
    }

    /** True when Shepard's slope scale still has to come from a distributed pass over every point's slope. */
    static boolean needsSlopePass(Map<String, String> fixed) {
        return "SYMAP".equalsIgnoreCase(fixed.get("mode"))
                && Boolean.parseBoolean(fixed.get("slopes"))
                && !fixed.containsKey("slopeScale");
    }

    /** The engine's fit to all points on the driver: what one machine derives. */
    private static Map<String, Object> fitted(InterpolationRequest request, PointSet all) {
        return org.geointerp.engine.Methods.get(request.method())
                .interpolator(request.parameters())
                .fit(all, Execution.defaults())
                .summary()
                .parameters();
    }

    private static Map<String, String> text(Map<String, String> given, Map<String, Object> derived) {
        Map<String, String> out = new LinkedHashMap<>(given);
        derived.forEach((k, v) -> out.put(k, InterpolationRequest.text(v)));
        return out;
    }

    /**
     * Every parameter of the method with a value, the defaults written out, so that the fixed set says everything
     * the tiles use (a summary of an interpolator made from them would report the same).
     */
    static Map<String, String> complete(String method, Map<String, String> fixed) {
        Map<String, String> out = new LinkedHashMap<>();
        for (org.geointerp.engine.Parameter p :
                org.geointerp.engine.Methods.get(method).parameters()) {
            String v = fixed.get(p.name());
            if (v == null && p.defaultValue() != null && p.isText()) {
                v = InterpolationRequest.text(p.defaultValue());
            }
            if (v != null) {
                out.put(p.name(), v);
            }
        }
        return out;
    }
}
