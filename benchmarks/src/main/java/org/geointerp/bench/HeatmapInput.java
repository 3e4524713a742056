package org.geointerp.bench;

import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.data.collection.ListFeatureCollection;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.crs.DefaultEngineeringCRS;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** A point set as GeoTools features and a grid as an envelope, the inputs GeoTools' HeatmapProcess takes. */
final class HeatmapInput {

    static final String VALUE = "value";

    private HeatmapInput() {}

    static SimpleFeatureCollection features(PointSet points) {
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName("obs");
        tb.setCRS(DefaultEngineeringCRS.CARTESIAN_2D);
        tb.add("geom", org.locationtech.jts.geom.Point.class);
        tb.add(VALUE, Double.class);
        SimpleFeatureType type = tb.buildFeatureType();
        ListFeatureCollection fc = new ListFeatureCollection(type);
        SimpleFeatureBuilder fb = new SimpleFeatureBuilder(type);
        GeometryFactory gf = new GeometryFactory();
        for (int i = 0; i < points.size(); i++) {
            fb.add(gf.createPoint(new Coordinate(points.x()[i], points.y()[i])));
            fb.add(points.values()[i]);
            fc.add(fb.buildFeature("p" + i));
        }
        return fc;
    }

    static ReferencedEnvelope envelope(GridSpec grid) {
        return new ReferencedEnvelope(
                grid.minX(), grid.maxX(), grid.minY(), grid.maxY(), DefaultEngineeringCRS.CARTESIAN_2D);
    }

    /** The kernel radius in whole pixels, as HeatmapProcess takes it; at least one. */
    static int radiusPixels(double radius, GridSpec grid) {
        return Math.max(1, (int) Math.round(radius / grid.cellWidth()));
    }
}
