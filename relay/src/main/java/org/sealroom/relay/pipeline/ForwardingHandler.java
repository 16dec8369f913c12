package org.sealroom.relay.pipeline;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import org.sealroom.protocol.wire.DataMessage;
import org.sealroom.protocol.wire.MediaMessage;
import org.sealroom.protocol.wire.PayloadMessage;
import org.sealroom.relay.forward.FlushBatch;
import org.sealroom.relay.metrics.DropReason;
import org.sealroom.relay.metrics.RelayMetrics.Transport;
import org.sealroom.relay.room.Connection;
import org.sealroom.relay.room.Participant;

/** Data and media frames from this connection go to the {@link org.sealroom.relay.forward.Forwarder}. */
final class ForwardingHandler extends ChannelInboundHandlerAdapter {
    private final RelayContext context;
    private final FlushBatch batch = new FlushBatch();

    ForwardingHandler(RelayContext context) {
        this.context = context;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg instanceof PayloadMessage message && !ConnectionErrors.closing(ctx.channel())) {
                forward(ctx, message);
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    private void forward(ChannelHandlerContext ctx, PayloadMessage message) {
        context.metrics().in(Transport.TCP, message.payload().readableBytes());
        Participant sender = ctx.channel().attr(Connection.KEY).get().participant();
        if (sender == null) {
            context.metrics().drop(DropReason.NOT_IN_ROOM);
            return;
        }
        switch (message) {
            case DataMessage data -> context.forwarder().forwardData(sender, data.recipient(), data.payload(), batch);
            case MediaMessage media -> context.forwarder().forwardMedia(sender, media.streamId(), media.sequence(),
                    media.priority(), media.payload(), null, batch);
        }
        batch.flushIfLarge();
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        batch.flushAll();
        ctx.fireChannelReadComplete();
    }
}
