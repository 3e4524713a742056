package org.geointerp.spark;

import java.io.Serializable;
import org.geointerp.engine.GridSpec;

/**
 * The output grid cut into tiles of {@code tileWidth x tileHeight} cells (the last column and row of tiles may be
 * narrower). Tile (col, row) covers grid columns {@code [col * tileWidth, ...)} and rows {@code [row * tileHeight,
 * ...)}; row 0 is the top (north) row, as in {@link GridSpec} and GeoTIFF. A tile's cells are the grid's cells: its
 * {@link GridSpec} is {@link GridSpec#window} of the whole grid.
 */
public final class TileGrid implements Serializable {

    private static final long serialVersionUID = 1L;

    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private final int width;
    private final int height;
    private final int tileWidth;
    private final int tileHeight;

    public TileGrid(GridSpec grid, int tileWidth, int tileHeight) {
        if (tileWidth <= 0) {
            throw new IllegalArgumentException("tileWidth: must be a positive number of cells, got " + tileWidth);
        }
        if (tileHeight <= 0) {
            throw new IllegalArgumentException("tileHeight: must be a positive number of cells, got " + tileHeight);
        }
        this.minX = grid.minX();
        this.minY = grid.minY();
        this.maxX = grid.maxX();
        this.maxY = grid.maxY();
        this.width = grid.width();
        this.height = grid.height();
        this.tileWidth = Math.min(tileWidth, width);
        this.tileHeight = Math.min(tileHeight, height);
    }

    /** The whole grid. */
    public GridSpec grid() {
        return new GridSpec(minX, minY, maxX, maxY, width, height);
    }

    public int tileWidth() {
        return tileWidth;
    }

    public int tileHeight() {
        return tileHeight;
    }

    /** Number of tile columns. */
    public int columns() {
        return (width + tileWidth - 1) / tileWidth;
    }

    /** Number of tile rows. */
    public int rows() {
        return (height + tileHeight - 1) / tileHeight;
    }

    public int tileCount() {
        return columns() * rows();
    }

    /** Tile index of (col, row): row-major. */
    public int index(int col, int row) {
        return row * columns() + col;
    }

    public int col(int tile) {
        return tile % columns();
    }

    public int row(int tile) {
        return tile / columns();
    }

    /** First grid column of a tile. */
    public int colFrom(int tile) {
        return col(tile) * tileWidth;
    }

    public int colTo(int tile) {
        return Math.min(width, colFrom(tile) + tileWidth);
    }

    public int rowFrom(int tile) {
        return row(tile) * tileHeight;
    }

    public int rowTo(int tile) {
        return Math.min(height, rowFrom(tile) + tileHeight);
    }

    /** The cells of a tile as a grid of their own, with the whole grid's cell size. */
    public GridSpec tile(int tile) {
        return grid().window(colFrom(tile), rowFrom(tile), colTo(tile), rowTo(tile));
    }

    public double cellWidth() {
        return (maxX - minX) / width;
    }

    public double cellHeight() {
        return (maxY - minY) / height;
    }

    /** x of the left edge of grid column {@code col}. */
    public double x(int col) {
        return minX + col * cellWidth();
    }

    /** y of the top edge of grid row {@code row} (row 0 is the top). */
    public double y(int row) {
        return maxY - row * cellHeight();
    }
}
