package org.geointerp.output;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * One image file directory (IFD) of a little-endian TIFF or BigTIFF: its fields, kept sorted by tag as TIFF requires,
 * and their serialisation with the values that do not fit in an entry stored right after the directory. Offsets
 * and byte counts of blocks are "long" fields: LONG in TIFF, LONG8 in BigTIFF.
 */
final class TiffDirectory {

    static final int ASCII = 2;
    static final int SHORT = 3;
    static final int LONG = 4;
    static final int DOUBLE = 12;
    static final int LONG8 = 16;

    private record Field(int type, long count, byte[] data) {}

    private final boolean bigTiff;
    private final Map<Integer, Field> fields = new TreeMap<>();

    TiffDirectory(boolean bigTiff) {
        this.bigTiff = bigTiff;
    }

    void shorts(int tag, int... values) {
        ByteBuffer b = buffer(2 * values.length);
        for (int v : values) {
            b.putShort((short) v);
        }
        fields.put(tag, new Field(SHORT, values.length, b.array()));
    }

    /** 32-bit unsigned values (sizes, flags): LONG in TIFF and BigTIFF. */
    void ints(int tag, long... values) {
        put(tag, values, false);
    }

    /** Offsets and byte counts: LONG in TIFF (must fit in 32 bits), LONG8 in BigTIFF. */
    void longs(int tag, long... values) {
        put(tag, values, bigTiff);
    }

    private void put(int tag, long[] values, boolean wide) {
        ByteBuffer b = buffer((wide ? 8 : 4) * values.length);
        for (long v : values) {
            if (wide) {
                b.putLong(v);
            } else {
                if (v < 0 || v > 0xFFFFFFFFL) {
                    throw new IllegalStateException("value " + v + " of tag " + tag + " does not fit in 32 bits");
                }
                b.putInt((int) v);
            }
        }
        fields.put(tag, new Field(wide ? LONG8 : LONG, values.length, b.array()));
    }

    void doubles(int tag, double... values) {
        ByteBuffer b = buffer(8 * values.length);
        for (double v : values) {
            b.putDouble(v);
        }
        fields.put(tag, new Field(DOUBLE, values.length, b.array()));
    }

    /** An ASCII field: the text (7-bit; other characters become '?') and its terminating NUL. */
    void ascii(int tag, String text) {
        byte[] chars = text.getBytes(StandardCharsets.US_ASCII);
        byte[] data = new byte[chars.length + 1];
        System.arraycopy(chars, 0, data, 0, chars.length);
        fields.put(tag, new Field(ASCII, data.length, data));
    }

    /** Bytes of the directory and its out-of-line values; even, so the next structure starts on a word boundary. */
    long size() {
        long size = entryBytes() * fields.size() + (bigTiff ? 16 : 6);
        for (Field f : fields.values()) {
            if (f.data().length > inlineBytes()) {
                size += even(f.data().length);
            }
        }
        return even(size);
    }

    /** The directory as it is written at file offset {@code position}, pointing to the next one at {@code next}. */
    byte[] serialise(long position, long next) {
        ByteBuffer out = buffer((int) size());
        long outOfLine = position + entryBytes() * fields.size() + (bigTiff ? 16 : 6);
        ByteBuffer extra = buffer((int) (size() - (outOfLine - position)));
        if (bigTiff) {
            out.putLong(fields.size());
        } else {
            out.putShort((short) fields.size());
        }
        for (Map.Entry<Integer, Field> e : fields.entrySet()) {
            Field f = e.getValue();
            out.putShort(e.getKey().shortValue());
            out.putShort((short) f.type());
            if (bigTiff) {
                out.putLong(f.count());
            } else {
                out.putInt((int) f.count());
            }
            byte[] value = new byte[inlineBytes()];
            if (f.data().length <= inlineBytes()) {
                System.arraycopy(f.data(), 0, value, 0, f.data().length);
            } else {
                long at = outOfLine + extra.position();
                ByteBuffer ref = buffer(inlineBytes());
                if (bigTiff) {
                    ref.putLong(at);
                } else {
                    ref.putInt((int) at);
                }
                value = ref.array();
                extra.put(f.data());
                if (f.data().length % 2 == 1) {
                    extra.put((byte) 0);
                }
            }
            out.put(value);
        }
        if (bigTiff) {
            out.putLong(next);
        } else {
            out.putInt((int) next);
        }
        out.put(extra.array(), 0, extra.position());
        return out.array();
    }

    private int entryBytes() {
        return bigTiff ? 20 : 12;
    }

    private int inlineBytes() {
        return bigTiff ? 8 : 4;
    }

    private static long even(long n) {
        return n + (n & 1);
    }

    private static ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
