package org.sealroom.relay.pipeline;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import org.sealroom.protocol.control.ControlMessage.Goodbye;
import org.sealroom.protocol.control.ControlMessage.Hello;
import org.sealroom.protocol.control.ControlMessage.Welcome;
import org.sealroom.protocol.control.ErrorCode;
import org.sealroom.protocol.control.ProtocolVersion;
import org.sealroom.protocol.wire.HopKey;
import org.sealroom.relay.RelayServer;
import org.sealroom.relay.limit.RateLimit;
import org.sealroom.relay.room.Connection;

/**
 * The hello exchange: negotiates the protocol version (a mismatch gets a message a person can act on), creates the
 * connection's UDP hop session with a fresh hop key, answers {@link Welcome}, and steps aside.
 */
final class HelloHandler extends ChannelInboundHandlerAdapter {
    private final RelayContext context;
    private final int connectionId;

    HelloHandler(RelayContext context, int connectionId) {
        this.context = context;
        this.connectionId = connectionId;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof Hello hello) || ConnectionErrors.closing(ctx.channel())) {
            ReferenceCountUtil.release(msg);
            ConnectionErrors.closeWithError(ctx.channel(), context.metrics(), ErrorCode.UNEXPECTED_MESSAGE,
                    "the first message must be a hello");
            return;
        }
        if (context.draining().get()) {
            ctx.writeAndFlush(new Goodbye("the relay is shutting down", true)).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        int version = ProtocolVersion.negotiate(hello.minVersion(), hello.maxVersion());
        if (version < 0) {
            ConnectionErrors.closeWithError(ctx.channel(), context.metrics(), ErrorCode.VERSION_MISMATCH,
                    ProtocolVersion.mismatchMessage(hello.minVersion(), hello.maxVersion()));
            return;
        }
        HopKey hopKey = HopKey.generate(context.random());
        Connection connection = context.hops().register(hopId -> new Connection(connectionId, ctx.channel(), hopId,
                hopKey.mac(), new RateLimit(context.limits())));
        ctx.channel().attr(Connection.KEY).set(connection);
        ctx.writeAndFlush(new Welcome(version, RelayServer.SOFTWARE, connection.hopId(), hopKey.toBase64(),
                context.udpPort().get(), context.limits().maxFrameBytes(),
                (int) context.limits().keepAliveInterval().toMillis()));
        ctx.pipeline().fireUserEventTriggered(HelloCompleted.INSTANCE);
        ctx.pipeline().remove(this);
    }
}
