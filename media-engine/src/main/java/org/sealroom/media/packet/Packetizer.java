package org.sealroom.media.packet;

import java.util.Arrays;
import java.util.function.Consumer;

import org.sealroom.media.codec.EncodedFrame;
import org.sealroom.media.pipeline.Stage;

/**
 * Splits each encoded frame into packets of at most {@code maxPayload} bytes, sized evenly so that no tiny tail packet
 * is sent, and numbers them with the stream's packet counter.
 */
public final class Packetizer extends Stage<EncodedFrame, MediaPacket> {
    private final int streamId;
    private final int maxPayload;
    private int nextSequence;

    public Packetizer(int streamId) {
        this(streamId, MediaPacket.MAX_PAYLOAD, 0);
    }

    public Packetizer(int streamId, int maxPayload, int firstSequence) {
        super("packetizer");
        if (maxPayload < 16) {
            throw new IllegalArgumentException("maxPayload must be at least 16 bytes, was " + maxPayload);
        }
        this.streamId = streamId;
        this.maxPayload = maxPayload;
        this.nextSequence = firstSequence;
    }

    @Override
    protected void process(EncodedFrame frame, Consumer<MediaPacket> out) {
        byte[] data = frame.data();
        if (data.length == 0) {
            drop("empty-frame");
            return;
        }
        int count = (data.length + maxPayload - 1) / maxPayload;
        int base = data.length / count;
        int extra = data.length % count;
        int offset = 0;
        for (int i = 0; i < count; i++) {
            int size = base + (i < extra ? 1 : 0);
            byte[] chunk = count == 1 ? data : Arrays.copyOfRange(data, offset, offset + size);
            offset += size;
            out.accept(new MediaPacket(streamId, nextSequence++, frame.timestampMicros(), i == 0, i == count - 1,
                    frame.keyframe(), chunk));
        }
    }
}
