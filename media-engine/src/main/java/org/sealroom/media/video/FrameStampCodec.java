package org.sealroom.media.video;

import java.nio.ByteBuffer;
import java.util.Optional;

import org.sealroom.media.codec.I420Frame;

/**
 * Writes a {@link FrameStamp} into the top of a picture as a grid of black and white cells ({@value #COLUMNS} x
 * {@value #ROWS}: 32-bit frame number, 64-bit timestamp, CRC-16), sized relative to the picture so that it survives
 * scaling and lossy coding, and reads it back. A misread grid fails the CRC and reads as empty.
 */
public final class FrameStampCodec {
    static final int COLUMNS = 28;
    static final int ROWS = 4;
    private static final int BITS = COLUMNS * ROWS;
    private static final byte BLACK = 32;
    private static final byte WHITE = (byte) 224;

    private FrameStampCodec() {
    }

    /** Height in pixels of the stamp at the top of a {@code width}-wide picture. */
    public static int stampHeight(int width, int height) {
        return Math.min(height, (int) Math.ceil(ROWS * cell(width)));
    }

    /** Draws {@code stamp} into the luma plane (and neutral chroma) of {@code picture}. */
    public static void write(FrameStamp stamp, I420Frame picture) {
        byte[] bits = bits(stamp);
        int w = picture.width();
        int h = stampHeight(w, picture.height());
        double cell = cell(w);
        for (int y = 0; y < h; y++) {
            int row = Math.min(ROWS - 1, (int) (y / cell));
            for (int x = 0; x < w; x++) {
                int col = Math.min(COLUMNS - 1, (int) (x / cell));
                picture.y()[y * w + x] = bits[row * COLUMNS + col] == 1 ? WHITE : BLACK;
            }
        }
        int cw = I420Frame.chromaWidth(w);
        for (int i = 0; i < cw * I420Frame.chromaHeight(h); i++) {
            picture.u()[i] = (byte) 128;
            picture.v()[i] = (byte) 128;
        }
    }

    /** Reads the stamp from a (decoded) picture, or empty if none is there or it is damaged. */
    public static Optional<FrameStamp> read(I420Frame picture) {
        int w = picture.width();
        double cell = cell(w);
        if (ROWS * cell > picture.height() || cell < 2) {
            return Optional.empty();
        }
        byte[] bits = new byte[BITS];
        for (int row = 0; row < ROWS; row++) {
            for (int col = 0; col < COLUMNS; col++) {
                bits[row * COLUMNS + col] = (byte) (meanOfCellCentre(picture, row, col, cell) > 128 ? 1 : 0);
            }
        }
        ByteBuffer data = ByteBuffer.wrap(pack(bits));
        int number = data.getInt();
        long micros = data.getLong();
        int crc = data.getShort() & 0xffff;
        return crc == crc16(data.array(), 12) ? Optional.of(new FrameStamp(number, micros)) : Optional.empty();
    }

    private static double cell(int width) {
        return width / (double) COLUMNS;
    }

    private static double meanOfCellCentre(I420Frame picture, int row, int col, double cell) {
        int x0 = (int) Math.ceil((col + 0.25) * cell);
        int x1 = Math.max(x0 + 1, (int) Math.floor((col + 0.75) * cell));
        int y0 = (int) Math.ceil((row + 0.25) * cell);
        int y1 = Math.max(y0 + 1, (int) Math.floor((row + 0.75) * cell));
        long sum = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                sum += picture.y()[y * picture.width() + x] & 0xff;
            }
        }
        return sum / (double) ((x1 - x0) * (y1 - y0));
    }

    private static byte[] bits(FrameStamp stamp) {
        ByteBuffer data = ByteBuffer.allocate(BITS / 8);
        data.putInt(stamp.frameNumber()).putLong(stamp.captureMicros());
        data.putShort((short) crc16(data.array(), 12));
        byte[] bits = new byte[BITS];
        for (int i = 0; i < BITS; i++) {
            bits[i] = (byte) ((data.array()[i / 8] >> (7 - i % 8)) & 1);
        }
        return bits;
    }

    private static byte[] pack(byte[] bits) {
        byte[] bytes = new byte[BITS / 8];
        for (int i = 0; i < BITS; i++) {
            bytes[i / 8] |= (byte) (bits[i] << (7 - i % 8));
        }
        return bytes;
    }

    /** CRC-16/CCITT-FALSE over the first {@code length} bytes. */
    private static int crc16(byte[] data, int length) {
        int crc = 0xffff;
        for (int i = 0; i < length; i++) {
            crc ^= (data[i] & 0xff) << 8;
            for (int b = 0; b < 8; b++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xffff;
        }
        return crc;
    }
}
