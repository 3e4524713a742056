package org.geointerp.output;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.geotools.api.referencing.crs.GeographicCRS;
import org.geotools.api.referencing.crs.ProjectedCRS;
import org.geotools.coverage.grid.GridCoverage2D;

/**
 * Writes a float coverage as GeoTIFF, the one encoder of the command line, the processes' users and the server.
 *
 * <p>{@link GeoTiffOptions.Layout#TILED} (default): 256 x 256 tiles, DEFLATE with the floating-point predictor,
 * internal overviews (2 x 2 averages) when the grid's larger side exceeds 2048 cells, laid out as a cloud-optimised
 * GeoTIFF: the header, every directory (full resolution first, then the overviews), then the tiles of the smallest
 * overview first and of the full resolution last, so a reader gets the structure in one read and a zoomed-out view
 * from the end of the directories. {@link GeoTiffOptions.Layout#STRIPS}: uncompressed strips, no overviews.
 *
 * <p>Every band is described for GDAL: PhotometricInterpretation MinIsBlack with the other bands as unspecified extra
 * samples (GDAL: Gray, then Undefined, never RGB), the band's name as its description, the nodata value
 * (GDAL_NODATA), the coverage's {@code interpolation.*} properties as GDAL metadata items, and this software's
 * version in the Software tag.
 *
 * <p>Lossless by default; {@link GeoTiffOptions#discardedBits()} rounds the samples (as GDAL's {@code DISCARD_LSB})
 * and says so in the GDAL metadata ({@link GdalMetadata#withRounding}).
 *
 * <p>Written here rather than by GeoTools' GeoTiffWriter, which (through imageio-ext) has no floating-point
 * predictor, no GDAL metadata and no overviews; GeoTools still encodes the CRS ({@link GeoKeyFields}). Files over
 * 4 GB become BigTIFF.
 */
public final class GeoTiffEncoder {

    private static final int NEW_SUBFILE_TYPE = 254;
    private static final int IMAGE_WIDTH = 256;
    private static final int IMAGE_LENGTH = 257;
    private static final int BITS_PER_SAMPLE = 258;
    private static final int COMPRESSION = 259;
    private static final int PHOTOMETRIC = 262;
    private static final int STRIP_OFFSETS = 273;
    private static final int SAMPLES_PER_PIXEL = 277;
    private static final int ROWS_PER_STRIP = 278;
    private static final int STRIP_BYTE_COUNTS = 279;
    private static final int PLANAR_CONFIGURATION = 284;
    private static final int SOFTWARE = 305;
    private static final int PREDICTOR = 317;
    private static final int TILE_WIDTH = 322;
    private static final int TILE_LENGTH = 323;
    private static final int TILE_OFFSETS = 324;
    private static final int TILE_BYTE_COUNTS = 325;
    private static final int EXTRA_SAMPLES = 338;
    private static final int SAMPLE_FORMAT = 339;

    private static final int COMPRESSION_NONE = 1;
    private static final int COMPRESSION_DEFLATE = 8;
    private static final int PREDICTOR_FLOATING_POINT = 3;
    private static final int SAMPLE_FORMAT_IEEE_FLOAT = 3;

    /** Uncompressed strips hold about this many bytes (libtiff's default strip size). */
    private static final int STRIP_BYTES = 8192;

    /** A classic TIFF's offsets are 32-bit: files that may grow past this (below 4 GiB, for the directories) are BigTIFF. */
    private static final long BIG_TIFF_ABOVE = 0xF000_0000L;

    private GeoTiffEncoder() {}

    /** Writes {@code coverage} to {@code file} (replaced if it exists). */
    public static void write(GridCoverage2D coverage, Path file, GeoTiffOptions options) throws IOException {
        write(RasterContent.of(coverage), file, options);
    }

    /** The GeoTIFF file's bytes, for a server's response. */
    public static byte[] encode(GridCoverage2D coverage, GeoTiffOptions options) throws IOException {
        Plan plan = plan(RasterContent.of(coverage), options, BIG_TIFF_ABOVE);
        MemorySink sink = new MemorySink();
        plan.writeTo(sink);
        return sink.bytes();
    }

    public static void write(RasterContent content, Path file, GeoTiffOptions options) throws IOException {
        write(content, file, options, BIG_TIFF_ABOVE);
    }

    /** As {@link #write(RasterContent, Path, GeoTiffOptions)}, BigTIFF when the file may exceed {@code bigTiffAbove}. */
    static void write(RasterContent content, Path file, GeoTiffOptions options, long bigTiffAbove) throws IOException {
        Plan plan = plan(content, options, bigTiffAbove);
        try (FileChannel ch = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            plan.writeTo((position, bytes) -> {
                ByteBuffer b = ByteBuffer.wrap(bytes);
                long p = position;
                while (b.hasRemaining()) {
                    p += ch.write(b, p);
                }
            });
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Where bytes go: a positioned write, so that the directories can be written after the blocks they point to. */
    interface Sink {
        void write(long position, byte[] bytes) throws IOException;
    }

    private static Plan plan(RasterContent content, GeoTiffOptions options, long bigTiffAbove) throws IOException {
        if (!(content.crs() instanceof ProjectedCRS || content.crs() instanceof GeographicCRS)) {
            throw new IOException("GeoTIFF: needs a projected or geographic CRS, the coverage has "
                    + (content.crs() == null ? "none" : content.crs().getName()));
        }
        RasterLevel full = content.level();
        List<RasterLevel> levels = new ArrayList<>();
        levels.add(full);
        boolean tiled = options.layout() == GeoTiffOptions.Layout.TILED;
        if (tiled && Math.max(full.width(), full.height()) > options.overviewsAbove()) {
            levels.addAll(Overviews.of(full, options.tileSize(), content.noData()));
        }
        return new Plan(content, options, levels, bigTiffAbove);
    }

    /** The directories and blocks of one file, and the order they are written in. */
    private static final class Plan {
        private final RasterContent content;
        private final GeoTiffOptions options;
        private final List<RasterLevel> levels;
        private final boolean tiled;
        private final boolean bigTiff;
        private final List<TiffDirectory> directories = new ArrayList<>();
        private final BlockEncoder encoder;

        Plan(RasterContent content, GeoTiffOptions options, List<RasterLevel> levels, long bigTiffAbove)
                throws IOException {
            this.content = content;
            this.options = options;
            this.levels = levels;
            this.tiled = options.layout() == GeoTiffOptions.Layout.TILED;
            this.encoder = new BlockEncoder(
                    tiled, options.deflateLevel(), new MantissaRounding(options.discardedBits(), (float)
                            content.noData()));
            long worstCase = 0;
            for (RasterLevel l : levels) {
                // DEFLATE adds at most 5 bytes per 16 KB block plus a few for the stream; tiles are padded
                long cells = (long) blocksAcross(l) * blockWidth(l) * blocksDown(l) * blockHeight(l);
                worstCase += cells * l.bandCount() * 4 * 1001 / 1000 + 64L * blocksAcross(l) * blocksDown(l);
            }
            this.bigTiff = worstCase > bigTiffAbove;
            for (int i = 0; i < levels.size(); i++) {
                directories.add(directory(i));
            }
        }

        private int blockWidth(RasterLevel l) {
            return tiled ? options.tileSize() : l.width();
        }

        private int blockHeight(RasterLevel l) {
            if (tiled) {
                return options.tileSize();
            }
            int rowBytes = l.width() * l.bandCount() * 4;
            return Math.max(1, Math.min(l.height(), STRIP_BYTES / rowBytes));
        }

        private int blocksAcross(RasterLevel l) {
            return (l.width() + blockWidth(l) - 1) / blockWidth(l);
        }

        private int blocksDown(RasterLevel l) {
            return (l.height() + blockHeight(l) - 1) / blockHeight(l);
        }

        private int blockCount(RasterLevel l) {
            return blocksAcross(l) * blocksDown(l);
        }

        /** The directory of level {@code i} (0 the full resolution), offsets and byte counts still zero. */
        private TiffDirectory directory(int i) throws IOException {
            RasterLevel l = levels.get(i);
            int n = l.bandCount();
            TiffDirectory ifd = new TiffDirectory(bigTiff);
            if (i > 0) {
                ifd.ints(NEW_SUBFILE_TYPE, 1); // reduced-resolution version of the first image
            }
            ifd.ints(IMAGE_WIDTH, l.width());
            ifd.ints(IMAGE_LENGTH, l.height());
            int[] perSample = new int[n];
            Arrays.fill(perSample, 32);
            ifd.shorts(BITS_PER_SAMPLE, perSample);
            ifd.shorts(COMPRESSION, tiled ? COMPRESSION_DEFLATE : COMPRESSION_NONE);
            ifd.shorts(PHOTOMETRIC, 1); // MinIsBlack: one gray band, the others extra samples
            ifd.shorts(SAMPLES_PER_PIXEL, n);
            ifd.shorts(PLANAR_CONFIGURATION, 1);
            if (tiled) {
                ifd.shorts(PREDICTOR, PREDICTOR_FLOATING_POINT);
                ifd.ints(TILE_WIDTH, blockWidth(l));
                ifd.ints(TILE_LENGTH, blockHeight(l));
                ifd.longs(TILE_OFFSETS, new long[blockCount(l)]);
                ifd.longs(TILE_BYTE_COUNTS, new long[blockCount(l)]);
            } else {
                ifd.ints(ROWS_PER_STRIP, blockHeight(l));
                ifd.longs(STRIP_OFFSETS, new long[blockCount(l)]);
                ifd.longs(STRIP_BYTE_COUNTS, new long[blockCount(l)]);
            }
            if (n > 1) {
                ifd.shorts(EXTRA_SAMPLES, new int[n - 1]); // 0: unspecified data, not alpha, not colour
            }
            Arrays.fill(perSample, SAMPLE_FORMAT_IEEE_FLOAT);
            ifd.shorts(SAMPLE_FORMAT, perSample);
            if (!Double.isNaN(content.noData())) {
                ifd.ascii(GdalMetadata.NODATA_TAG, noDataText(content.noData()));
            }
            if (i == 0) {
                ifd.ascii(SOFTWARE, Software.NAME_AND_VERSION);
                GeoKeyFields.addTo(ifd, content.crs(), content.gridToCrs());
                ifd.ascii(
                        GdalMetadata.TAG,
                        GdalMetadata.xml(
                                GdalMetadata.withRounding(content.items(), options.discardedBits()),
                                content.bandDescriptions()));
            }
            return ifd;
        }

        void writeTo(Sink sink) throws IOException {
            long position = bigTiff ? 16 : 8;
            long[] ifdAt = new long[directories.size()];
            for (int i = 0; i < directories.size(); i++) {
                ifdAt[i] = position;
                position += directories.get(i).size();
            }
            // blocks: smallest overview first, the full resolution last (the cloud-optimised order)
            for (int i = levels.size() - 1; i >= 0; i--) {
                RasterLevel l = levels.get(i);
                long[] offsets = new long[blockCount(l)];
                long[] counts = new long[blockCount(l)];
                byte[][] blocks = encodeBlocks(l);
                for (int k = 0; k < blocks.length; k++) {
                    offsets[k] = position;
                    counts[k] = blocks[k].length;
                    sink.write(position, blocks[k]);
                    position += blocks[k].length;
                }
                directories.get(i).longs(tiled ? TILE_OFFSETS : STRIP_OFFSETS, offsets);
                directories.get(i).longs(tiled ? TILE_BYTE_COUNTS : STRIP_BYTE_COUNTS, counts);
            }
            sink.write(0, header(ifdAt[0]));
            for (int i = 0; i < directories.size(); i++) {
                long next = i + 1 < directories.size() ? ifdAt[i + 1] : 0;
                sink.write(ifdAt[i], directories.get(i).serialise(ifdAt[i], next));
            }
        }

        /** The blocks of one level in row-major order, compressed in parallel (they are independent). */
        private byte[][] encodeBlocks(RasterLevel l) {
            int across = blocksAcross(l);
            int bw = blockWidth(l);
            int bh = blockHeight(l);
            float fill = (float) content.noData();
            IntStream blocks = IntStream.range(0, blockCount(l));
            if (tiled) {
                blocks = blocks.parallel();
            }
            return blocks.mapToObj(k -> {
                        int col0 = (k % across) * bw;
                        int row0 = (k / across) * bh;
                        int height = tiled ? bh : Math.min(bh, l.height() - row0);
                        return encoder.encode(l, col0, row0, bw, height, fill);
                    })
                    .toArray(byte[][]::new);
        }

        private byte[] header(long firstIfd) {
            ByteBuffer b = ByteBuffer.allocate(bigTiff ? 16 : 8).order(ByteOrder.LITTLE_ENDIAN);
            b.put((byte) 'I').put((byte) 'I');
            if (bigTiff) {
                b.putShort((short) 43).putShort((short) 8).putShort((short) 0).putLong(firstIfd);
            } else {
                b.putShort((short) 42).putInt((int) firstIfd);
            }
            return b.array();
        }
    }

    /** The nodata value as GDAL writes it: "-9999", "0.5", "nan". */
    static String noDataText(double noData) {
        if (Double.isNaN(noData)) {
            return "nan";
        }
        if (Double.isInfinite(noData)) {
            return noData > 0 ? "inf" : "-inf";
        }
        return new BigDecimal(Double.toString(noData)).stripTrailingZeros().toPlainString();
    }

    /** A growable in-memory file. */
    private static final class MemorySink implements Sink {
        private byte[] data = new byte[1 << 16];
        private int size;

        @Override
        public void write(long position, byte[] bytes) {
            long end = position + bytes.length;
            if (end > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("GeoTIFF of " + end + " bytes is too large to hold in memory");
            }
            if (end > data.length) {
                data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(end, 2L * data.length)));
            }
            System.arraycopy(bytes, 0, data, (int) position, bytes.length);
            size = Math.max(size, (int) end);
        }

        byte[] bytes() {
            return Arrays.copyOf(data, size);
        }
    }
}
