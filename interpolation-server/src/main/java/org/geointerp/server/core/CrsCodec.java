package org.geointerp.server.core;

import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.referencing.CRS;

/**
 * CRS codes as GeoServer reads them: the short "EPSG:n" form is longitude/easting first (as
 * clients such as QGIS and OWSLib send it), the URN and URI forms follow the authority's axis
 * order.
 */
public final class CrsCodec {
    private CrsCodec() {}

    public static CoordinateReferenceSystem decode(String code, String locator) {
        if (code == null || code.isBlank()) {
            throw new OwsException(OwsException.MISSING_PARAMETER, locator, "no CRS given");
        }
        String c = code.trim();
        try {
            boolean shortForm = c.regionMatches(true, 0, "EPSG:", 0, 5) || c.regionMatches(true, 0, "CRS:", 0, 4);
            return shortForm ? CRS.decode(c.toUpperCase(java.util.Locale.ROOT), true) : CRS.decode(c);
        } catch (FactoryException | RuntimeException e) {
            throw new OwsException(OwsException.INVALID_PARAMETER, locator, "unknown CRS '" + code + "'", e);
        }
    }

    /** "EPSG:n" when the CRS has an EPSG code, otherwise its WKT. */
    public static String encode(CoordinateReferenceSystem crs) {
        if (crs == null) {
            return null;
        }
        try {
            Integer epsg = CRS.lookupEpsgCode(crs, false);
            if (epsg == null) {
                epsg = CRS.lookupEpsgCode(crs, true);
            }
            return epsg != null ? "EPSG:" + epsg : crs.toWKT();
        } catch (FactoryException e) {
            return crs.toWKT();
        }
    }
}
