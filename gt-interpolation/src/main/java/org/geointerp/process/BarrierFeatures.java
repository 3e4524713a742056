package org.geointerp.process;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geointerp.engine.barrier.BarrierSet;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.api.util.ProgressListener;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.geotools.geometry.jts.JTS;
import org.geotools.process.ProcessException;
import org.geotools.util.logging.Logging;
import org.locationtech.jts.geom.Geometry;

/**
 * Turns the {@code barriers} feature collection into a {@link BarrierSet} in the output grid's CRS and (east,
 * north) order. A feature's strength comes from {@code barrierStrengthAttr} when given (a length in output CRS
 * units; a null value means "geometric detour"); features without geometry are skipped and counted.
 */
final class BarrierFeatures {

    private static final Logger LOGGER = Logging.getLogger(BarrierFeatures.class);
    private static final Pattern INDEX = Pattern.compile("^barriers\\[(\\d+)\\]");

    private BarrierFeatures() {}

    /** Null or empty input gives null: no barriers. */
    static BarrierSet read(
            SimpleFeatureCollection barriers, String strengthAttr, OutputGrid grid, ProgressListener listener) {
        if (barriers == null) {
            if (strengthAttr != null) {
                throw new ProcessException(
                        "barrierStrengthAttr: given as '" + strengthAttr + "' but there are no barriers");
            }
            return null;
        }
        if (strengthAttr != null) {
            AttributeDescriptor d = barriers.getSchema().getDescriptor(strengthAttr);
            if (d == null || !Number.class.isAssignableFrom(d.getType().getBinding())) {
                throw new ProcessException("barrierStrengthAttr: '" + strengthAttr + "' is not a numeric attribute"
                        + " of the barriers " + barriers.getSchema().getTypeName());
            }
        }
        MathTransform toOutput =
                PointFeatures.transform(barriers.getSchema().getCoordinateReferenceSystem(), grid.crs());
        List<Geometry> geometries = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Double> strengths = new ArrayList<>();
        int skipped = 0;
        try (SimpleFeatureIterator it = barriers.features()) {
            while (it.hasNext()) {
                SimpleFeature f = it.next();
                Geometry g = (Geometry) f.getDefaultGeometry();
                if (g == null || g.isEmpty()) {
                    skipped++;
                    continue;
                }
                geometries.add(grid.toEngineOrder(toOutput == null ? g : JTS.transform(g, toOutput)));
                ids.add(f.getID());
                Object s = strengthAttr == null ? null : f.getAttribute(strengthAttr);
                strengths.add(s == null ? Double.NaN : ((Number) s).doubleValue());
            }
        } catch (TransformException e) {
            throw new ProcessException("barriers: cannot reproject to the CRS of outputBBOX: " + e.getMessage(), e);
        }
        if (skipped > 0) {
            String message = skipped + " barrier features without geometry skipped";
            LOGGER.warning(message);
            if (listener != null) {
                listener.warningOccurred("barriers", null, message);
            }
        }
        try {
            return BarrierSet.of(
                    geometries,
                    strengths.stream().mapToDouble(Double::doubleValue).toArray());
        } catch (IllegalArgumentException e) {
            // the engine names barriers[i]; the user knows features by their id
            Matcher m = INDEX.matcher(e.getMessage());
            String message = m.find()
                    ? "barriers: feature " + ids.get(Integer.parseInt(m.group(1)))
                            + e.getMessage().substring(m.end())
                    : e.getMessage();
            throw new ProcessException(message, e);
        }
    }
}
