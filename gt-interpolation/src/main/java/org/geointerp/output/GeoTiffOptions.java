package org.geointerp.output;

/**
 * How a GeoTIFF is laid out.
 *
 * @param layout {@link Layout#TILED} (default) or {@link Layout#STRIPS}
 * @param tileSize side of the square tiles, a multiple of 16 (TIFF's rule)
 * @param overviewsAbove internal overviews are written when the grid's larger side exceeds this many cells
 * @param deflateLevel 1 (fastest) to 9 (smallest)
 * @param discardedBits lossy precision, as GDAL's {@code DISCARD_LSB}: the number of low mantissa bits (0 to 22) each
 *     float32 sample is rounded off to nearest before the predictor, so DEFLATE packs the file tighter; the
 *     relative error of every cell is then at most {@code 2^-(24 - discardedBits)} (nodata, NaN, infinities, zeros
 *     and subnormals unchanged). 0 (default): lossless, the values as computed
 */
public record GeoTiffOptions(Layout layout, int tileSize, int overviewsAbove, int deflateLevel, int discardedBits) {

    /** The two layouts. */
    public enum Layout {
        /**
         * Square tiles, DEFLATE with the floating-point predictor, internal overviews for large grids, in the
         * cloud-optimised order (all directories first, then the smallest overview's tiles up to the full
         * resolution's).
         */
        TILED,
        /** Uncompressed strips and no overviews, the baseline TIFF that any reader handles. */
        STRIPS
    }

    public static final int DEFAULT_TILE_SIZE = 256;
    public static final int DEFAULT_OVERVIEWS_ABOVE = 2048;
    public static final int DEFAULT_DEFLATE_LEVEL = 6;

    public GeoTiffOptions {
        if (layout == null) {
            throw new IllegalArgumentException("layout: TILED or STRIPS required");
        }
        if (tileSize < 16 || tileSize % 16 != 0) {
            throw new IllegalArgumentException("tileSize: must be a positive multiple of 16, got " + tileSize);
        }
        if (overviewsAbove < 1) {
            throw new IllegalArgumentException("overviewsAbove: must be positive, got " + overviewsAbove);
        }
        if (deflateLevel < 1 || deflateLevel > 9) {
            throw new IllegalArgumentException("deflateLevel: must be 1 to 9, got " + deflateLevel);
        }
        MantissaRounding.checked(discardedBits);
    }

    /** Lossless options ({@code discardedBits} 0). */
    public GeoTiffOptions(Layout layout, int tileSize, int overviewsAbove, int deflateLevel) {
        this(layout, tileSize, overviewsAbove, deflateLevel, 0);
    }

    /** Tiled 256 x 256, DEFLATE level 6 with the floating-point predictor, overviews above 2048 cells a side. */
    public static GeoTiffOptions defaults() {
        return new GeoTiffOptions(Layout.TILED, DEFAULT_TILE_SIZE, DEFAULT_OVERVIEWS_ABOVE, DEFAULT_DEFLATE_LEVEL);
    }

    /** Uncompressed strips without overviews, for old readers. */
    public static GeoTiffOptions strips() {
        return new GeoTiffOptions(Layout.STRIPS, DEFAULT_TILE_SIZE, DEFAULT_OVERVIEWS_ABOVE, DEFAULT_DEFLATE_LEVEL);
    }

    /** These options with another layout. */
    public GeoTiffOptions withLayout(Layout l) {
        return new GeoTiffOptions(l, tileSize, overviewsAbove, deflateLevel, discardedBits);
    }

    /** These options with {@code k} low mantissa bits discarded (0 to 22; 0 lossless). */
    public GeoTiffOptions withDiscardedBits(int k) {
        return new GeoTiffOptions(layout, tileSize, overviewsAbove, deflateLevel, k);
    }

    /** The bound on every written cell's relative error: {@code 2^-(24 - discardedBits)}, 0 when lossless. */
    public double relativeErrorBound() {
        return MantissaRounding.relativeErrorBound(discardedBits);
    }
}
