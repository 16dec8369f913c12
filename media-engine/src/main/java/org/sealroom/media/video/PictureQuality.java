package org.sealroom.media.video;

import org.sealroom.media.codec.I420Frame;

/** Objective picture quality. */
public final class PictureQuality {
    /** What identical pictures score, instead of infinity. */
    public static final double IDENTICAL_DB = 99;

    private PictureQuality() {
    }

    /** Luma PSNR in dB of {@code actual} against {@code expected} (same size). */
    public static double psnrY(I420Frame expected, I420Frame actual) {
        if (expected.width() != actual.width() || expected.height() != actual.height()) {
            throw new IllegalArgumentException("cannot compare " + expected.width() + "x" + expected.height()
                    + " with " + actual.width() + "x" + actual.height());
        }
        double sum = 0;
        for (int i = 0; i < expected.y().length; i++) {
            int d = (expected.y()[i] & 0xff) - (actual.y()[i] & 0xff);
            sum += d * d;
        }
        double mse = sum / expected.y().length;
        return mse == 0 ? IDENTICAL_DB : Math.min(IDENTICAL_DB, 10 * Math.log10(255.0 * 255.0 / mse));
    }
}
