package org.sealroom.client.media;

/**
 * What arrived from one remote participant and what became of it, for {@code --stats-json}, tests and the UI.
 *
 * <p>Stamps are the {@link org.sealroom.media.video.FrameStamp}s a sender's synthetic test pattern writes into each
 * picture and this receiver reads back from the decoded one; a camera's pictures carry none. Latency is capture
 * (sender's media clock) to decoded (receiver's): meaningful only when both run on one machine, whose monotonic clock
 * they share, so readings outside 0..10 s are counted as {@code stampsOffClock} rather than measured.
 *
 * @param malformedPackets    media frames that decrypted but did not hold a media packet
 * @param audioFramesPlayed   20 ms frames played from received packets (their own or a redundant copy)
 * @param audioConcealedFrames 20 ms frames the Opus decoder invented to fill gaps (packet-loss concealment)
 * @param stampsOutOfOrder    stamps whose frame number did not increase over the previous one
 * @param stampsInOrder       stamps were read and every one increased the frame number
 * @param latencyMsP50        median capture-to-decode latency over the last 4096 stamps, -1 without any
 * @param keyframeRequestsSent keyframe requests sent to this participant (after loss, or on joining mid-stream)
 */
public record SenderMediaStats(
        int participantId,
        String name,
        long audioPackets,
        long videoPackets,
        long screenPackets,
        long malformedPackets,
        long audioFramesPlayed,
        long audioConcealedFrames,
        long videoFramesDecoded,
        long screenFramesDecoded,
        long stampsRead,
        long stampsOutOfOrder,
        boolean stampsInOrder,
        long stampsOffClock,
        long lastFrameNumber,
        long latencySamples,
        double latencyMsP50,
        double latencyMsP99,
        long keyframeRequestsSent) {}
