package org.sealroom.media.support;

/** Measures how much of a block is a tone of known frequency (least-squares sine fit, any phase). */
public final class ToneAnalysis {
    private ToneAnalysis() {
    }

    /** Tone-to-residual ratio in dB of {@code samples} at {@code hz} (48 kHz). */
    public static double toneSnrDb(short[] samples, double hz) {
        double ss = 0, cc = 0, sc = 0, xs = 0, xc = 0;
        for (int i = 0; i < samples.length; i++) {
            double s = Math.sin(2 * Math.PI * hz * i / 48_000);
            double c = Math.cos(2 * Math.PI * hz * i / 48_000);
            ss += s * s;
            cc += c * c;
            sc += s * c;
            xs += samples[i] * s;
            xc += samples[i] * c;
        }
        double det = ss * cc - sc * sc;
        double a = (xs * cc - xc * sc) / det;
        double b = (xc * ss - xs * sc) / det;
        double tone = 0, residual = 0;
        for (int i = 0; i < samples.length; i++) {
            double fit = a * Math.sin(2 * Math.PI * hz * i / 48_000) + b * Math.cos(2 * Math.PI * hz * i / 48_000);
            tone += fit * fit;
            double r = samples[i] - fit;
            residual += r * r;
        }
        return 10 * Math.log10(tone / Math.max(residual, 1e-9));
    }
}
