package org.sealroom.relay.pipeline;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import org.sealroom.protocol.control.ControlMessage;
import org.sealroom.protocol.control.ControlMessage.AddAdmissionVerifier;
import org.sealroom.protocol.control.ControlMessage.CreateRoom;
import org.sealroom.protocol.control.ControlMessage.Done;
import org.sealroom.protocol.control.ControlMessage.EndRoom;
import org.sealroom.protocol.control.ControlMessage.ErrorMessage;
import org.sealroom.protocol.control.ControlMessage.JoinRoom;
import org.sealroom.protocol.control.ControlMessage.KickParticipant;
import org.sealroom.protocol.control.ControlMessage.LeaveRoom;
import org.sealroom.protocol.control.ControlMessage.Ping;
import org.sealroom.protocol.control.ControlMessage.PromoteParticipant;
import org.sealroom.protocol.control.ControlMessage.Pong;
import org.sealroom.protocol.control.ControlMessage.RemoveAdmissionVerifier;
import org.sealroom.protocol.control.ControlMessage.Request;
import org.sealroom.protocol.control.ControlMessage.ResumeRoom;
import org.sealroom.protocol.control.ControlMessage.SelectMediaPath;
import org.sealroom.protocol.control.ErrorCode;
import org.sealroom.protocol.control.MediaPath;
import org.sealroom.relay.room.Connection;
import org.sealroom.relay.room.RequestRefusedException;
import org.sealroom.relay.room.RoomRegistry;

/**
 * Control messages after the hello: room requests (answered with a reply or an error, the connection stays),
 * media path selection, keep-alive; closes the connection when it has been idle too long.
 */
final class RoomControlHandler extends ChannelInboundHandlerAdapter {
    private final RelayContext context;

    RoomControlHandler(RelayContext context) {
        this.context = context;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ControlMessage message)) {
            ctx.fireChannelRead(msg);
            return;
        }
        context.metrics().controlIn();
        Connection connection = ctx.channel().attr(Connection.KEY).get();
        switch (message) {
            case Request request -> handle(ctx, connection, request);
            case SelectMediaPath select -> connection.selectUdp(select.path() == MediaPath.UDP);
            case Ping ping -> ctx.writeAndFlush(new Pong(ping.nonce()));
            case Pong pong -> {
                // the answer to a ping nobody sent: harmless
            }
            default -> ConnectionErrors.closeWithError(ctx.channel(), context.metrics(), ErrorCode.UNEXPECTED_MESSAGE,
                    "a client does not send " + message.getClass().getSimpleName());
        }
    }

    private void handle(ChannelHandlerContext ctx, Connection connection, Request request) {
        RoomRegistry rooms = context.rooms();
        try {
            switch (request) {
                // These three reply from inside the registry, under the room's lock.
                case CreateRoom create -> rooms.create(create.requestId(), connection, create.admissionVerifiers(),
                        create.numberJoin());
                case JoinRoom join when join.meetingNumber() != null ->
                        rooms.joinByNumber(join.requestId(), connection, join.meetingNumber());
                case JoinRoom join -> rooms.join(join.requestId(), connection, join.roomId(), join.admissionToken());
                case PromoteParticipant promote -> rooms.promote(connection, promote.participantId());
                case ResumeRoom resume -> rooms.resume(connection, resume);
                case LeaveRoom leave -> rooms.leave(connection);
                case KickParticipant kick -> rooms.kick(connection, kick.participantId());
                case EndRoom end -> rooms.end(connection);
                case AddAdmissionVerifier add -> rooms.addVerifier(connection, add.verifier());
                case RemoveAdmissionVerifier remove -> rooms.removeVerifier(connection, remove.verifier());
            }
            if (!(request instanceof CreateRoom || request instanceof JoinRoom || request instanceof ResumeRoom)) {
                ctx.writeAndFlush(new Done(request.requestId()));
            }
        } catch (RequestRefusedException refused) {
            ctx.writeAndFlush(new ErrorMessage(request.requestId(), refused.code(), refused.getMessage()));
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent) {
            ConnectionErrors.closeWithError(ctx.channel(), context.metrics(), ErrorCode.IDLE_TIMEOUT,
                    "nothing received for " + context.limits().idleTimeout().toSeconds() + " s");
            return;
        }
        ctx.fireUserEventTriggered(evt);
    }
}
