package org.geointerp.engine;

/**
 * A regular raster grid over an axis-aligned envelope. Row 0 is the top (largest y) row, as in images and
 * GeoTIFF; cell centres are at pixel centres: {@code x(col) = minX + (col + 0.5) * cellWidth},
 * {@code y(row) = maxY - (row + 0.5) * cellHeight}. Output arrays are row-major: cell (row, col) is at
 * {@code row * width + col}.
 */
public record GridSpec(double minX, double minY, double maxX, double maxY, int width, int height) {

    public GridSpec {
        if (!(Double.isFinite(minX) && Double.isFinite(minY) && Double.isFinite(maxX) && Double.isFinite(maxY))) {
            throw new IllegalArgumentException("envelope: coordinates must be finite, got [" + minX + ", " + minY + ", "
                    + maxX + ", " + maxY + "]");
        }
        if (!(maxX > minX) || !(maxY > minY)) {
            throw new IllegalArgumentException("envelope: must have positive width and height, got [" + minX + ", "
                    + minY + ", " + maxX + ", " + maxY + "]");
        }
        if (width <= 0) {
            throw new IllegalArgumentException("width: must be positive, got " + width);
        }
        if (height <= 0) {
            throw new IllegalArgumentException("height: must be positive, got " + height);
        }
    }

    public double cellWidth() {
        return (maxX - minX) / width;
    }

    public double cellHeight() {
        return (maxY - minY) / height;
    }

    /** x of the centre of column {@code col}. */
    public double x(int col) {
        return minX + (col + 0.5) * cellWidth();
    }

    /** y of the centre of row {@code row} (row 0 is the top). */
    public double y(int row) {
        return maxY - (row + 0.5) * cellHeight();
    }

    public long cellCount() {
        return (long) width * height;
    }

    /** The sub-grid of rows [rowFrom, rowTo) and columns [colFrom, colTo), with the same cell size. */
    public GridSpec window(int colFrom, int rowFrom, int colTo, int rowTo) {
        double cw = cellWidth();
        double ch = cellHeight();
        return new GridSpec(
                minX + colFrom * cw,
                maxY - rowTo * ch,
                minX + colTo * cw,
                maxY - rowFrom * ch,
                colTo - colFrom,
                rowTo - rowFrom);
    }
}
