package org.sealroom.media.jitter;

import org.sealroom.media.packet.ReceivedFrame;

/** What an {@link AudioJitterBuffer} says to play for one 20 ms tick. */
public sealed interface AudioPlayout {
    /** Decode and play this frame. */
    record Play(ReceivedFrame frame) implements AudioPlayout {
    }

    /**
     * Nothing to decode: let the decoder conceal 20 ms at {@code timestampMicros}. {@code lost} says a packet is missing;
     * otherwise the sender paused (DTX) or the buffer is stretching to grow its delay.
     */
    record Conceal(long timestampMicros, boolean lost) implements AudioPlayout {
    }

    /** The stream is not playing (not started, or idle): play silence at {@code atMicros} (receiver's clock). */
    record Silence(long atMicros) implements AudioPlayout {
    }
}
