package org.sealroom.media.packet;

/**
 * Where a send path ends: the session layer implements this to protect each packet and put it on the transport.
 * Called on the capture thread of the stream; implementations must not block for long.
 */
@FunctionalInterface
public interface PacketSink {
    void send(MediaPacket packet);
}
