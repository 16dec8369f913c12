package org.sealroom.client.media;

import org.sealroom.crypto.epoch.StreamKind;
import org.sealroom.media.packet.PacketSink;

/**
 * Where this participant's encoded media leaves for the meeting: protect as an SFrame media frame and send (in a live
 * session, {@link org.sealroom.client.meeting.LiveMeetingSession#sendMedia}). Called on capture threads; must not block
 * for long.
 */
@FunctionalInterface
public interface MediaOut {

    /**
     * Sends one packet of {@code stream}; {@code sequence} travels in the relay's routing header and {@code payload} is
     * the SFrame plaintext (docs/protocol.md section 5). Returns false when it was dropped (no epoch to send under yet).
     */
    boolean sendMedia(StreamKind stream, int sequence, byte[] payload);

    /** The end of a media-engine send path for {@code stream}: each packet is encoded with {@link MediaPacketCodec}. */
    default PacketSink packetsOn(StreamKind stream) {
        return packet -> sendMedia(stream, packet.sequence(), MediaPacketCodec.encode(packet));
    }
}
