package org.geointerp.cli;

import java.util.List;
import org.geointerp.output.ColorRamp;
import org.locationtech.jts.geom.Geometry;

/**
 * How a run's pictures and QGIS style look: the value's name for the colour bar, the ramp and its range (NaN bounds:
 * the raster's own), the title, and what is drawn over the surface.
 *
 * @param pointsX data points to mark (output CRS, easting), or null
 * @param barriers barriers to draw (output CRS, easting/northing order), or empty
 */
record PictureSpec(
        String valueName,
        ColorRamp ramp,
        double min,
        double max,
        double[] pointsX,
        double[] pointsY,
        List<Geometry> barriers) {

    PictureSpec withRange(double lo, double hi) {
        return new PictureSpec(valueName, ramp, lo, hi, pointsX, pointsY, barriers);
    }

    PictureSpec withValueName(String name) {
        return new PictureSpec(name, ramp, min, max, pointsX, pointsY, barriers);
    }
}
