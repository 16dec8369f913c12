package org.sealroom.relay.forward;

import io.netty.buffer.ByteBuf;
import org.sealroom.protocol.wire.MediaPriority;

/**
 * A payload on its way through the relay, as a {@link ForwardingInterceptor} sees it: the routing fields the relay
 * acts on and the opaque payload. {@code recipientId} is 0 for "everyone else"; media always goes to everyone else.
 */
public record ForwardedPayload(Kind kind, String roomId, int senderId, int recipientId, int streamId, int sequence,
                               MediaPriority priority, ByteBuf payload) {

    public enum Kind {
        DATA,
        MEDIA
    }

    public ForwardedPayload withPayload(ByteBuf replacement) {
        return new ForwardedPayload(kind, roomId, senderId, recipientId, streamId, sequence, priority, replacement);
    }

    public ForwardedPayload withSender(int sender) {
        return new ForwardedPayload(kind, roomId, sender, recipientId, streamId, sequence, priority, payload);
    }

    public ForwardedPayload withRecipient(int recipient) {
        return new ForwardedPayload(kind, roomId, senderId, recipient, streamId, sequence, priority, payload);
    }
}
