package org.sealroom.client.media;

import java.util.concurrent.atomic.AtomicLong;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.crypto.epoch.StreamKind;
import org.sealroom.media.video.FrameStamp;

/** Counts what one remote participant sent and how it decoded; {@link #snapshot} makes a {@link SenderMediaStats}. */
final class SenderMeter {

    /** Longer than any plausible pipeline: a reading beyond it means the sender's clock is not ours. */
    private static final long MAX_PLAUSIBLE_LATENCY_MICROS = 10_000_000;

    private final int participantId;
    private final String name;
    private final AtomicLong audioPackets = new AtomicLong();
    private final AtomicLong videoPackets = new AtomicLong();
    private final AtomicLong screenPackets = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong videoDecoded = new AtomicLong();
    private final AtomicLong screenDecoded = new AtomicLong();
    private final LatencyWindow latency = new LatencyWindow();
    private long stampsRead;
    private long stampsOutOfOrder;
    private long stampsOffClock;
    private long lastFrameNumber = -1;

    SenderMeter(int participantId, String name) {
        this.participantId = participantId;
        this.name = name;
    }

    void packet(StreamKind stream) {
        switch (stream) {
            case AUDIO -> audioPackets.incrementAndGet();
            case VIDEO -> videoPackets.incrementAndGet();
            case SCREEN -> screenPackets.incrementAndGet();
            case DATA -> malformed.incrementAndGet();
        }
    }

    void malformed() {
        malformed.incrementAndGet();
    }

    void decoded(VideoFrame.Source source) {
        (source == VideoFrame.Source.CAMERA ? videoDecoded : screenDecoded).incrementAndGet();
    }

    /** Records a stamp read from a picture decoded at {@code decodedMicros} (receiver's media clock). */
    synchronized void stamp(FrameStamp stamp, long decodedMicros) {
        stampsRead++;
        long number = Integer.toUnsignedLong(stamp.frameNumber());
        if (number <= lastFrameNumber) {
            stampsOutOfOrder++;
        }
        lastFrameNumber = number;
        long micros = decodedMicros - stamp.captureMicros();
        if (micros < 0 || micros > MAX_PLAUSIBLE_LATENCY_MICROS) {
            stampsOffClock++;
        } else {
            latency.add(micros);
        }
    }

    synchronized SenderMediaStats snapshot(long audioFramesPlayed, long audioConcealed, long keyframeRequests) {
        return new SenderMediaStats(participantId, name, audioPackets.get(), videoPackets.get(), screenPackets.get(),
                malformed.get(), audioFramesPlayed, audioConcealed, videoDecoded.get(), screenDecoded.get(),
                stampsRead, stampsOutOfOrder, stampsRead > 0 && stampsOutOfOrder == 0, stampsOffClock,
                lastFrameNumber, latency.samples(), latency.percentileMillis(50), latency.percentileMillis(99),
                keyframeRequests);
    }
}
