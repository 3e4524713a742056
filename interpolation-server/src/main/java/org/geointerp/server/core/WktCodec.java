package org.geointerp.server.core;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** WKT geometries, the other geometry encoding GeoServer's WPS accepts (WKTPPIO). */
final class WktCodec {
    private WktCodec() {}

    static Geometry read(String text, String locator) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new OwsException(
                    OwsException.INVALID_PARAMETER, locator, locator + ": invalid WKT: " + e.getMessage());
        }
    }
}
