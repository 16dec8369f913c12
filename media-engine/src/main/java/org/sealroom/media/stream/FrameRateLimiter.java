package org.sealroom.media.stream;

import java.util.function.IntSupplier;

import org.sealroom.media.codec.I420Frame;
import org.sealroom.media.pipeline.Filter;

/** Drops pictures that come faster than the current rung's frame rate allows (by capture timestamp). */
final class FrameRateLimiter extends Filter<I420Frame> {
    private final IntSupplier frameRate;
    private long lastPassed = Long.MIN_VALUE;

    FrameRateLimiter(IntSupplier frameRate) {
        super("frame-rate-limiter");
        this.frameRate = frameRate;
    }

    @Override
    protected String rejectReason(I420Frame picture) {
        long interval = 1_000_000L / frameRate.getAsInt();
        // 10 % slack so a source at exactly the target rate, with timer jitter, is not thinned.
        if (lastPassed != Long.MIN_VALUE && picture.timestampMicros() - lastPassed < interval * 9 / 10) {
            return "over-frame-rate";
        }
        lastPassed = picture.timestampMicros();
        return null;
    }
}
