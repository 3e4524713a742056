package org.geointerp.process;

import java.util.ArrayList;
import java.util.List;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.data.collection.ListFeatureCollection;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Builds small feature collections for process tests. */
final class TestFeatures {

    static final GeometryFactory GF = new GeometryFactory();

    private TestFeatures() {}

    /** Point features with attribute "value" (Double); coordinates in the CRS's own axis order. */
    static SimpleFeatureCollection points(CoordinateReferenceSystem crs, double[] a0, double[] a1, Double[] values) {
        List<Geometry> g = new ArrayList<>();
        for (int i = 0; i < a0.length; i++) {
            g.add(GF.createPoint(new Coordinate(a0[i], a1[i])));
        }
        return features(crs, g, values, Double.class);
    }

    static SimpleFeatureCollection features(
            CoordinateReferenceSystem crs, List<Geometry> geometries, Object[] values, Class<?> valueType) {
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName("obs");
        tb.setCRS(crs);
        tb.add("geom", Geometry.class);
        tb.add("value", valueType);
        tb.add("label", String.class);
        SimpleFeatureType type = tb.buildFeatureType();
        ListFeatureCollection fc = new ListFeatureCollection(type);
        for (int i = 0; i < geometries.size(); i++) {
            SimpleFeature f =
                    SimpleFeatureBuilder.build(type, new Object[] {geometries.get(i), values[i], "p" + i}, "obs." + i);
            fc.add(f);
        }
        return fc;
    }

    static Double[] boxed(double[] v) {
        Double[] b = new Double[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = v[i];
        }
        return b;
    }
}
