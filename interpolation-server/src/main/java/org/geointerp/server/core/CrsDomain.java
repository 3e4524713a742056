package org.geointerp.server.core;

import java.util.Locale;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.geometry.Bounds;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.crs.GeographicCRS;
import org.geotools.api.referencing.cs.CoordinateSystem;
import org.geotools.api.referencing.cs.CoordinateSystemAxis;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Refuses coordinates a CRS cannot hold, naming the parameter: in a geographic CRS the
 * ranges of its axes (longitude -180..180, latitude -90..90, in the CRS's axis order); in a
 * projected CRS its area of use widened by its own width and height on every side (data reach
 * into neighbouring UTM zones; a coordinate beyond that is a wrong CRS or a typing error).
 * A CRS without a known area is not checked.
 */
public final class CrsDomain {
    private CrsDomain() {}

    /** The bounding box must lie in the domain of its CRS. */
    public static void check(ReferencedEnvelope box, String locator) {
        Envelope domain = domain(box.getCoordinateReferenceSystem());
        if (domain != null && !domain.contains(box)) {
            throw new OwsException(
                    OwsException.INVALID_PARAMETER,
                    locator,
                    locator + ": " + box.getMinX() + ", " + box.getMinY() + ", " + box.getMaxX() + ", " + box.getMaxY()
                            + " lies outside " + describe(box.getCoordinateReferenceSystem(), domain));
        }
    }

    /** Every feature's geometry must lie in the domain of the features' CRS; the first one that does not is named. */
    public static void check(SimpleFeatureCollection features, String locator) {
        CoordinateReferenceSystem crs = features.getSchema().getCoordinateReferenceSystem();
        Envelope domain = domain(crs);
        if (domain == null || domain.contains(features.getBounds())) {
            return;
        }
        int index = 0;
        try (SimpleFeatureIterator it = features.features()) {
            while (it.hasNext()) {
                SimpleFeature f = it.next();
                if (f.getDefaultGeometry() instanceof Geometry g && !domain.contains(g.getEnvelopeInternal())) {
                    throw new OwsException(
                            OwsException.INVALID_PARAMETER,
                            locator,
                            locator + ": feature " + index + " (id " + f.getID() + ") at "
                                    + g.getCoordinate().x + ", " + g.getCoordinate().y + " lies outside "
                                    + describe(crs, domain));
                }
                index++;
            }
        }
    }

    /** Where coordinates of this CRS may lie, in its own axis order; null when unknown. */
    static Envelope domain(CoordinateReferenceSystem crs) {
        if (crs == null) {
            return null;
        }
        CoordinateSystem cs = crs.getCoordinateSystem();
        if (crs instanceof GeographicCRS && cs.getDimension() == 2) {
            CoordinateSystemAxis a = cs.getAxis(0);
            CoordinateSystemAxis b = cs.getAxis(1);
            return new Envelope(a.getMinimumValue(), a.getMaximumValue(), b.getMinimumValue(), b.getMaximumValue());
        }
        try {
            Bounds area = CRS.getEnvelope(crs);
            if (area == null || !(area.getSpan(0) > 0) || !(area.getSpan(1) > 0)) {
                return null;
            }
            Envelope e = new Envelope(area.getMinimum(0), area.getMaximum(0), area.getMinimum(1), area.getMaximum(1));
            e.expandBy(e.getWidth(), e.getHeight());
            return e;
        } catch (RuntimeException e) {
            return null; // no area of use known: nothing to check against
        }
    }

    private static String describe(CoordinateReferenceSystem crs, Envelope domain) {
        String name = CrsCodec.encode(crs);
        if (name != null && name.length() > 40) {
            name = crs.getName().getCode();
        }
        return String.format(
                Locale.ROOT,
                "the domain of validity of %s (%s %.6g..%.6g, %s %.6g..%.6g)",
                name,
                crs.getCoordinateSystem().getAxis(0).getAbbreviation(),
                domain.getMinX(),
                domain.getMaxX(),
                crs.getCoordinateSystem().getAxis(1).getAbbreviation(),
                domain.getMinY(),
                domain.getMaxY());
    }
}
