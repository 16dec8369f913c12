package org.sealroom.media.packet;

/**
 * Where a receive path starts: the session layer implements this and hands every unprotected packet of one stream to
 * the sink the media engine gives it. Packets may arrive lost, late, duplicated or reordered.
 */
@FunctionalInterface
public interface PacketSource {
    /** Starts delivering packets to {@code sink} until the returned handle is closed. */
    AutoCloseable deliverTo(PacketSink sink);
}
