package org.sealroom.protocol.transport;

import io.netty.channel.Channel;
import org.sealroom.protocol.control.ControlMessage;
import org.sealroom.protocol.wire.DataMessage;
import org.sealroom.protocol.wire.MediaMessage;

/** What a {@link ClientLinkHandler} reports to its client; called on the client's event loop. */
interface LinkEvents {
    void onTlsReady(Channel channel);

    void onTlsFailed(Channel channel, Throwable cause);

    void onControl(Channel channel, ControlMessage message);

    void onData(Channel channel, DataMessage message);

    void onMedia(Channel channel, MediaMessage message);

    void onWriterIdle(Channel channel);

    void onClosed(Channel channel);
}
