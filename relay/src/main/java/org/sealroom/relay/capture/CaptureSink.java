package org.sealroom.relay.capture;

import io.netty.buffer.ByteBuf;
import org.sealroom.protocol.control.ControlMessage;
import org.sealroom.protocol.wire.PayloadMessage;

/**
 * Where the relay records what it receives, for audit ({@code --capture DIR}). {@link #NONE} when capture is off.
 * Calls never block the event loop and never keep a reference to the buffers they are given.
 */
public interface CaptureSink extends AutoCloseable {
    CaptureSink NONE = new CaptureSink() {
        @Override
        public void control(int connectionId, ControlMessage message) {
        }

        @Override
        public void frame(int connectionId, PayloadMessage message) {
        }

        @Override
        public void datagram(int connectionId, ByteBuf datagram) {
        }

        @Override
        public void close() {
        }
    };

    /** A control message received over TLS (credentials redacted). */
    void control(int connectionId, ControlMessage message);

    /** A data or media frame received over TLS, as the client sent it. */
    void frame(int connectionId, PayloadMessage message);

    /** An authenticated datagram, whole. */
    void datagram(int connectionId, ByteBuf datagram);

    @Override
    void close();
}
