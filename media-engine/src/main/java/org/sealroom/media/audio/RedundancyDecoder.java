package org.sealroom.media.audio;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.function.Consumer;

import org.sealroom.media.codec.EncodedFrame;
import org.sealroom.media.packet.ReceivedFrame;
import org.sealroom.media.pipeline.Stage;

/**
 * Splits what {@link RedundancyEncoder} packed: emits the primary frame, and the previous frame's copy marked
 * {@link ReceivedFrame#redundant()} (the jitter buffer uses it only to fill a hole). A payload that does not parse is
 * dropped as "malformed-redundancy".
 */
public final class RedundancyDecoder extends Stage<ReceivedFrame, ReceivedFrame> {
    public RedundancyDecoder() {
        super("redundancy-decoder");
    }

    @Override
    protected void process(ReceivedFrame received, Consumer<ReceivedFrame> out) {
        ByteBuffer payload = ByteBuffer.wrap(received.frame().data());
        try {
            int blocks = payload.get();
            if (blocks == 1) {
                int offset = payload.getInt();
                byte[] copy = new byte[payload.getShort() & 0xffff];
                payload.get(copy);
                if (offset <= 0 || offset > RedundancyEncoder.MAX_OFFSET_MICROS || copy.length == 0) {
                    drop("malformed-redundancy");
                    return;
                }
                int seq = received.firstSequence() - 1;
                out.accept(new ReceivedFrame(new EncodedFrame(received.timestampMicros() - offset, true, copy), seq,
                        seq, received.arrivalMicros(), true));
            } else if (blocks != 0) {
                drop("malformed-redundancy");
                return;
            }
        } catch (BufferUnderflowException e) {
            drop("malformed-redundancy");
            return;
        }
        byte[] primary = Arrays.copyOfRange(payload.array(), payload.position(), payload.limit());
        if (primary.length == 0) {
            drop("malformed-redundancy");
            return;
        }
        out.accept(new ReceivedFrame(new EncodedFrame(received.timestampMicros(), received.frame().keyframe(), primary),
                received.firstSequence(), received.lastSequence(), received.arrivalMicros()));
    }
}
