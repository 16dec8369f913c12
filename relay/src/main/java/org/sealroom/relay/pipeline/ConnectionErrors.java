package org.sealroom.relay.pipeline;

import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import java.util.concurrent.TimeUnit;
import org.sealroom.protocol.control.ControlMessage.ErrorMessage;
import org.sealroom.protocol.control.ErrorCode;
import org.sealroom.relay.metrics.RelayMetrics;

/**
 * Ends one connection with an error message that says why; every other connection carries on. The relay stops
 * reading, sends the error, and gives the client a moment to read it and hang up before closing itself: closing
 * at once, with the client's unread bytes still queued, would reset the connection and lose the message.
 */
final class ConnectionErrors {
    private static final AttributeKey<Boolean> CLOSING = AttributeKey.valueOf("sealroom.closing");
    private static final long LINGER_MILLIS = 1_000;

    private ConnectionErrors() {
    }

    static void closeWithError(Channel channel, RelayMetrics metrics, ErrorCode code, String message) {
        if (channel.attr(CLOSING).setIfAbsent(Boolean.TRUE) != null) {
            return;
        }
        metrics.closed(code);
        channel.config().setAutoRead(false);
        channel.writeAndFlush(new ErrorMessage(0, code, message)).addListener(written -> {
            if (written.isSuccess()) {
                channel.eventLoop().schedule(() -> channel.close(), LINGER_MILLIS, TimeUnit.MILLISECONDS);
            } else {
                channel.close();
            }
        });
    }

    /** Whether this connection is already being closed with an error; its further input is ignored. */
    static boolean closing(Channel channel) {
        return channel.attr(CLOSING).get() != null;
    }
}
