package org.geointerp.output;

import java.awt.geom.AffineTransform;

/**
 * A north-up grid in (easting, northing) or (longitude, latitude) order, whatever the CRS's axis order: the
 * upper-left corner and the cell sizes, as GeoTIFF, ESRI ASCII grids and QGIS place a raster.
 *
 * @param west x of the left edge
 * @param north y of the top edge
 * @param cellWidth cell size along x, positive
 * @param cellHeight cell size along y, positive (rows go south)
 */
public record ModelGrid(double west, double north, double cellWidth, double cellHeight, int width, int height) {

    /**
     * From the transform of a cell's upper-left corner to CRS coordinates. A grid over a north-first CRS (EPSG:4326
     * as the EPSG database defines it) has its columns along the CRS's second axis: a swap, no scale terms.
     */
    public static ModelGrid of(AffineTransform gridToCrs, int width, int height) {
        boolean swapped = Math.abs(gridToCrs.getScaleX()) < Math.abs(gridToCrs.getShearY());
        return new ModelGrid(
                swapped ? gridToCrs.getTranslateY() : gridToCrs.getTranslateX(),
                swapped ? gridToCrs.getTranslateX() : gridToCrs.getTranslateY(),
                Math.abs(swapped ? gridToCrs.getShearY() : gridToCrs.getScaleX()),
                Math.abs(swapped ? gridToCrs.getShearX() : gridToCrs.getScaleY()),
                width,
                height);
    }

    public static ModelGrid of(RasterContent content) {
        return of(content.gridToCrs(), content.width(), content.height());
    }

    public double east() {
        return west + width * cellWidth;
    }

    public double south() {
        return north - height * cellHeight;
    }

    /** True when the cells are square to 1e-9 relative. */
    public boolean squareCells() {
        return Math.abs(cellWidth - cellHeight) <= 1e-9 * Math.max(cellWidth, cellHeight);
    }
}
