package org.geointerp.output;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/**
 * The bytes of one TIFF block (a tile or a strip) of 32-bit float samples, pixel-interleaved. Compressed blocks use
 * the floating-point predictor (TIFF Technical Note 3, predictor 3, as libtiff and GDAL write it) before DEFLATE: each
 * row's samples are split into byte planes, most significant first, and each byte becomes its difference to the
 * byte one sample before. Neighbouring values of a smooth surface share sign, exponent and leading mantissa bits, so
 * those planes turn into runs of zeros that DEFLATE packs tightly; nothing is lost. Uncompressed blocks are the plain
 * little-endian samples. With a lossy {@link MantissaRounding} the samples are rounded before either.
 */
final class BlockEncoder {

    private final boolean compress;
    private final int level;
    private final MantissaRounding rounding;

    /**
     * @param compress true for predictor 3 and DEFLATE, false for raw samples
     * @param level DEFLATE level, 1 (fastest) to 9 (smallest)
     * @param rounding what each sample is rounded to (0 bits discarded: written as it is)
     */
    BlockEncoder(boolean compress, int level, MantissaRounding rounding) {
        this.compress = compress;
        this.level = level;
        this.rounding = rounding;
    }

    /**
     * Encodes the block of {@code blockWidth x blockHeight} cells whose top-left cell is ({@code col0}, {@code row0});
     * cells beyond the raster's edge (partial tiles) are filled with {@code fill}.
     */
    byte[] encode(RasterLevel raster, int col0, int row0, int blockWidth, int blockHeight, float fill) {
        int bands = raster.bandCount();
        int samples = blockWidth * bands;
        byte[] row = new byte[samples * 4];
        byte[] planes = new byte[row.length];
        ByteArrayOutputStream out = new ByteArrayOutputStream(compress ? row.length * blockHeight / 3 : 0);
        byte[] all = compress ? null : new byte[row.length * blockHeight];
        Deflater deflater = compress ? new Deflater(level) : null;
        byte[] chunk = compress ? new byte[64 * 1024] : null;
        try {
            for (int r = 0; r < blockHeight; r++) {
                fillRow(raster, col0, row0 + r, blockWidth, fill, row);
                if (!compress) {
                    System.arraycopy(row, 0, all, r * row.length, row.length);
                    continue;
                }
                predict(row, planes, samples, bands);
                deflater.setInput(planes);
                if (r == blockHeight - 1) {
                    deflater.finish();
                }
                drain(deflater, chunk, out);
            }
            if (!compress) {
                return all;
            }
            while (!deflater.finished()) {
                drain(deflater, chunk, out);
            }
            return out.toByteArray();
        } finally {
            if (deflater != null) {
                deflater.end();
            }
        }
    }

    private static void drain(Deflater deflater, byte[] chunk, ByteArrayOutputStream out) {
        int n;
        while ((n = deflater.deflate(chunk)) > 0) {
            out.write(chunk, 0, n);
        }
    }

    /** One row of the block as little-endian float bytes, pixel-interleaved. */
    private void fillRow(RasterLevel raster, int col0, int rowIndex, int blockWidth, float fill, byte[] row) {
        int bands = raster.bandCount();
        int w = raster.width();
        boolean rowInside = rowIndex < raster.height();
        int p = 0;
        for (int c = 0; c < blockWidth; c++) {
            int col = col0 + c;
            boolean inside = rowInside && col < w;
            for (int b = 0; b < bands; b++) {
                float v = inside ? raster.bands()[b][rowIndex * w + col] : fill;
                int bits = rounding.round(Float.floatToRawIntBits(v));
                row[p++] = (byte) bits;
                row[p++] = (byte) (bits >>> 8);
                row[p++] = (byte) (bits >>> 16);
                row[p++] = (byte) (bits >>> 24);
            }
        }
    }

    /**
     * The floating-point predictor on one row: byte planes (plane 0 the most significant byte of every sample), then
     * each byte minus the byte {@code stride} (the samples per pixel) before it, over the whole row as libtiff does.
     */
    static void predict(byte[] littleEndianRow, byte[] planes, int samples, int stride) {
        for (int s = 0; s < samples; s++) {
            for (int k = 0; k < 4; k++) {
                planes[k * samples + s] = littleEndianRow[4 * s + 3 - k];
            }
        }
        for (int i = planes.length - 1; i >= stride; i--) {
            planes[i] -= planes[i - stride];
        }
    }
}
