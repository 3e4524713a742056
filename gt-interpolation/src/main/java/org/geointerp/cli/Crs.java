package org.geointerp.cli;

import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.referencing.CRS;

/** CRS codes given on the command line: always longitude/easting first, as GIS users type coordinates. */
final class Crs {

    private Crs() {}

    /** Decodes {@code code}; null for null. Names the option in the error. */
    static CoordinateReferenceSystem decode(String option, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return CRS.decode(code.trim(), true);
        } catch (FactoryException e) {
            throw new IllegalArgumentException(option + ": unknown CRS '" + code + "' (" + e.getMessage() + ")", e);
        }
    }
}
