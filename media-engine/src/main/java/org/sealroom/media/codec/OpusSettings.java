package org.sealroom.media.codec;

/**
 * How the Opus encoder runs: 48 kHz mono, 20 ms frames, VoIP application, with in-band FEC (RFC 6716 §2.1.7) sized
 * for {@code expectedLossPercent}.
 */
public record OpusSettings(int bitrateBps, int expectedLossPercent, boolean inbandFec) {
    public OpusSettings {
        if (bitrateBps < 6_000 || bitrateBps > 510_000) {
            throw new IllegalArgumentException("Opus bitrate must be 6000..510000 bps, was " + bitrateBps);
        }
        if (expectedLossPercent < 0 || expectedLossPercent > 100) {
            throw new IllegalArgumentException("expected loss must be 0..100 %, was " + expectedLossPercent);
        }
    }

    /** Speech at 32 kbit/s, FEC on for 10 % loss. */
    public static OpusSettings voice() {
        return new OpusSettings(32_000, 10, true);
    }
}
