package org.geointerp.cli;

import java.util.ArrayList;
import java.util.List;
import org.geointerp.engine.PointSet;
import org.geointerp.process.OutputGrid;
import org.geointerp.process.PointFeatures;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Geometry;

/** What a picture draws over the surface, in the output grid's (easting, northing) coordinates. */
final class Overlays {

    private Overlays() {}

    /** The data points as the process reads them (reprojected, skipped records left out). */
    static PointSet points(SimpleFeatureCollection data, String valueAttr, OutputGrid grid) {
        return PointFeatures.read(data, valueAttr, grid, null).points();
    }

    /** The barrier geometries, reprojected to the output CRS, in (easting, northing) order. */
    static List<Geometry> barriers(SimpleFeatureCollection barriers, OutputGrid grid) {
        List<Geometry> out = new ArrayList<>();
        if (barriers == null) {
            return out;
        }
        CoordinateReferenceSystem from = barriers.getSchema().getCoordinateReferenceSystem();
        try {
            MathTransform t = from == null || grid.crs() == null || CRS.equalsIgnoreMetadata(from, grid.crs())
                    ? null
                    : CRS.findMathTransform(from, grid.crs(), true);
            try (SimpleFeatureIterator it = barriers.features()) {
                while (it.hasNext()) {
                    Object g = it.next().getDefaultGeometry();
                    if (g instanceof Geometry geometry) {
                        out.add(grid.toEngineOrder(t == null ? geometry : JTS.transform(geometry, t)));
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalArgumentException(
                    "--barriers: cannot reproject them to the output CRS for the picture: " + e.getMessage(), e);
        }
        return out;
    }
}
