package org.sealroom.relay.forward;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOutboundBuffer;
import org.sealroom.protocol.wire.MediaPriority;
import org.sealroom.relay.RelayLimits;

/**
 * The bounded per-receiver queue policy. A receiver's queue is its channel's pending outbound bytes (including
 * writes still on their way from other event loops and TLS records not yet written). Video is refused first,
 * audio later, and reliable messages only when the receiver is so far behind that it gets disconnected.
 */
public final class ReceiverQueues {
    private final int videoLimit;
    private final int audioLimit;
    private final int reliableLimit;

    public ReceiverQueues(RelayLimits limits) {
        this.videoLimit = limits.videoQueueBytes();
        this.audioLimit = limits.audioQueueBytes();
        this.reliableLimit = limits.reliableQueueBytes();
    }

    public static long queuedBytes(Channel channel) {
        ChannelOutboundBuffer buffer = channel.unsafe().outboundBuffer();
        return buffer == null ? 0 : buffer.totalPendingWriteBytes();
    }

    public boolean admitsMedia(Channel receiver, MediaPriority priority) {
        return queuedBytes(receiver) < (priority == MediaPriority.VIDEO ? videoLimit : audioLimit);
    }

    public boolean admitsReliable(Channel receiver) {
        return queuedBytes(receiver) < reliableLimit;
    }
}
