package org.sealroom.media.codec;

import java.util.Objects;

/**
 * One encoded audio or video frame as a codec produced it.
 *
 * @param timestampMicros capture time of the frame on the sender's {@link org.sealroom.media.MediaClock}
 * @param keyframe        whether a decoder can start here (every Opus frame is one)
 * @param data            the codec bitstream; owned by the frame, not copied
 */
public record EncodedFrame(long timestampMicros, boolean keyframe, byte[] data) {
    public EncodedFrame {
        Objects.requireNonNull(data, "data");
    }

    @Override
    public String toString() {
        return "EncodedFrame[ts=" + timestampMicros + ", keyframe=" + keyframe + ", bytes=" + data.length + "]";
    }
}
