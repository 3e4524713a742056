package org.geointerp.output;

/**
 * One resolution of a float raster: band arrays in row-major order (row 0 at the top) and the grid size. The full
 * resolution and each overview of a GeoTIFF are one level each.
 */
record RasterLevel(int width, int height, float[][] bands) {

    RasterLevel {
        for (float[] band : bands) {
            if (band.length != (long) width * height) {
                throw new IllegalArgumentException(
                        "band of " + band.length + " cells for a " + width + " x " + height + " grid");
            }
        }
    }

    int bandCount() {
        return bands.length;
    }
}
