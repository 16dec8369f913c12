package org.sealroom.relay.forward;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import java.util.List;
import org.sealroom.protocol.control.ErrorCode;
import org.sealroom.protocol.wire.DataMessage;
import org.sealroom.protocol.wire.DatagramType;
import org.sealroom.protocol.wire.HopDirection;
import org.sealroom.protocol.wire.MediaMessage;
import org.sealroom.protocol.wire.MediaPriority;
import org.sealroom.protocol.wire.OutboundDatagram;
import org.sealroom.protocol.wire.PayloadDigest;
import org.sealroom.relay.metrics.DropReason;
import org.sealroom.relay.metrics.RelayMetrics;
import org.sealroom.relay.metrics.RelayMetrics.Transport;
import org.sealroom.relay.room.Connection;
import org.sealroom.relay.room.Participant;
import org.sealroom.relay.room.Room;

/**
 * Fan-out: one received payload to the other members of the sender's room, or to one addressed member. The
 * payload is never copied: each receiver gets a retained duplicate, written without flushing; the caller flushes
 * the {@link FlushBatch} at the end of its read burst. The sender id comes from the relay's own records, never
 * from the packet.
 */
public final class Forwarder {
    private final RelayMetrics metrics;
    private final ReceiverQueues queues;
    private final ForwardingInterceptor interceptor;
    private volatile Channel udp;

    public Forwarder(RelayMetrics metrics, ReceiverQueues queues, ForwardingInterceptor interceptor) {
        this.metrics = metrics;
        this.queues = queues;
        this.interceptor = interceptor;
    }

    /** The datagram channel media goes out on; set once it is bound. */
    public void udpChannel(Channel channel) {
        this.udp = channel;
    }

    /** Forwards a reliable payload (borrowed, not released) to everyone else or to {@code recipient}. */
    public void forwardData(Participant from, int recipient, ByteBuf payload, FlushBatch batch) {
        if (interceptor == null) {
            deliverData(from.room(), from.id(), recipient, payload, batch);
            return;
        }
        intercepted(new ForwardedPayload(ForwardedPayload.Kind.DATA, from.room().id(), from.id(), recipient, 0, 0,
                MediaPriority.AUDIO, payload), from.room(), batch);
    }

    /**
     * Forwards a media payload (borrowed, not released) to everyone else in the room. {@code payloadDigest} is its
     * {@link PayloadDigest} if already computed (UDP input), else {@code null}: it is then computed once, if any
     * receiver takes UDP.
     */
    public void forwardMedia(Participant from, int streamId, int sequence, MediaPriority priority, ByteBuf payload,
                             byte[] payloadDigest, FlushBatch batch) {
        if (interceptor == null) {
            deliverMedia(from.room(), from.id(), streamId, sequence, priority, payload, payloadDigest, batch);
            return;
        }
        intercepted(new ForwardedPayload(ForwardedPayload.Kind.MEDIA, from.room().id(), from.id(), 0, streamId,
                sequence, priority, payload), from.room(), batch);
    }

    private void intercepted(ForwardedPayload original, Room room, FlushBatch batch) {
        List<ForwardedPayload> results = interceptor.intercept(original);
        if (results.isEmpty()) {
            metrics.drop(DropReason.INTERCEPTED);
        }
        for (ForwardedPayload p : results) {
            if (p.kind() == ForwardedPayload.Kind.DATA) {
                deliverData(room, p.senderId(), p.recipientId(), p.payload(), batch);
            } else {
                deliverMedia(room, p.senderId(), p.streamId(), p.sequence(), p.priority(), p.payload(), null, batch);
            }
        }
        for (ForwardedPayload p : results) {
            if (p.payload() != original.payload()) {
                p.payload().release();
            }
        }
    }

    private void deliverData(Room room, int senderId, int recipient, ByteBuf payload, FlushBatch batch) {
        Participant sender = room.member(senderId);
        boolean fromLobby = sender != null && sender.lobby();
        if (recipient != DataMessage.EVERYONE) {
            Participant target = room.member(recipient);
            if (target == null || target.id() == senderId) {
                metrics.drop(DropReason.UNKNOWN_RECIPIENT);
                return;
            }
            // The lobby and the members talk only through the owner.
            if (fromLobby && !target.owner() || target.lobby() && (sender == null || !sender.owner())) {
                metrics.drop(DropReason.LOBBY);
                return;
            }
            deliverReliable(target, new DataMessage(senderId, recipient, payload.retainedDuplicate()), batch);
            return;
        }
        if (fromLobby) {
            metrics.drop(DropReason.LOBBY);
            return;
        }
        for (Participant member : room.members()) {
            if (member.id() != senderId && !member.lobby()) {
                deliverReliable(member, new DataMessage(senderId, DataMessage.EVERYONE, payload.retainedDuplicate()),
                        batch);
            }
        }
    }

    private void deliverReliable(Participant member, DataMessage message, FlushBatch batch) {
        Connection receiver = member.connection();
        if (receiver == null) {
            message.release();
            metrics.drop(DropReason.RECIPIENT_AWAY);
            return;
        }
        Channel channel = receiver.channel();
        if (!queues.admitsReliable(channel)) {
            message.release();
            metrics.drop(DropReason.SLOW_CONSUMER);
            metrics.closed(ErrorCode.SLOW_CONSUMER);
            channel.close();
            return;
        }
        metrics.out(Transport.TCP, message.payload().readableBytes());
        channel.write(message, channel.voidPromise());
        batch.touch(channel);
    }

    private void deliverMedia(Room room, int senderId, int streamId, int sequence, MediaPriority priority,
                              ByteBuf payload, byte[] payloadDigest, FlushBatch batch) {
        Participant sender = room.member(senderId);
        if (sender != null && sender.lobby()) {
            metrics.drop(DropReason.LOBBY);
            return;
        }
        OutboundDatagram datagram = null;
        byte[] digest = payloadDigest;
        for (Participant member : room.members()) {
            if (member.id() == senderId || member.lobby()) {
                continue;
            }
            Connection receiver = member.connection();
            if (receiver == null) {
                metrics.drop(DropReason.RECIPIENT_AWAY);
            } else if (receiver.deliversOverUdp()) {
                if (datagram == null) {
                    datagram = new OutboundDatagram(HopDirection.RELAY_TO_CLIENT, DatagramType.MEDIA, priority,
                            senderId, streamId, sequence);
                    digest = digest != null ? digest : PayloadDigest.of(payload);
                }
                sendDatagram(receiver, datagram, payload, digest, batch);
            } else {
                sendMediaFrame(receiver.channel(), senderId, streamId, sequence, priority, payload, batch);
            }
        }
    }

    private void sendDatagram(Connection receiver, OutboundDatagram datagram, ByteBuf payload, byte[] payloadDigest,
                              FlushBatch batch) {
        Channel channel = udp;
        if (datagram.priority() == MediaPriority.VIDEO && !channel.isWritable()) {
            metrics.drop(DropReason.QUEUE_FULL_VIDEO);
            return;
        }
        metrics.out(Transport.UDP, payload.readableBytes());
        channel.write(datagram.packet(channel.alloc(), receiver.udpAddress(), receiver.udpMac(), payload,
                payloadDigest), channel.voidPromise());
        batch.touch(channel);
    }

    private void sendMediaFrame(Channel channel, int senderId, int streamId, int sequence, MediaPriority priority,
                                ByteBuf payload, FlushBatch batch) {
        if (!queues.admitsMedia(channel, priority)) {
            metrics.drop(priority == MediaPriority.VIDEO ? DropReason.QUEUE_FULL_VIDEO : DropReason.QUEUE_FULL_AUDIO);
            return;
        }
        metrics.out(Transport.TCP, payload.readableBytes());
        channel.write(new MediaMessage(senderId, streamId, sequence, priority, payload.retainedDuplicate()),
                channel.voidPromise());
        batch.touch(channel);
    }

    /** Sends the answer to a UDP probe, from the UDP event loop. */
    public void acknowledgeProbe(Connection connection, int sequence, FlushBatch batch) {
        Channel channel = udp;
        OutboundDatagram ack = new OutboundDatagram(HopDirection.RELAY_TO_CLIENT, DatagramType.PROBE_ACK,
                MediaPriority.AUDIO, 0, 0, sequence);
        channel.write(ack.packet(channel.alloc(), connection.udpAddress(), connection.udpMac(), Unpooled.EMPTY_BUFFER),
                channel.voidPromise());
        batch.touch(channel);
    }
}
