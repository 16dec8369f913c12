package org.sealroom.relay.bench;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sealroom.protocol.control.ControlMessage;
import org.sealroom.protocol.control.ControlMessage.Hello;
import org.sealroom.protocol.control.ControlMessage.Reply;
import org.sealroom.protocol.control.ControlMessage.RoomCreated;
import org.sealroom.protocol.control.ControlMessage.SelectMediaPath;
import org.sealroom.protocol.control.ControlMessage.Welcome;
import org.sealroom.protocol.control.MediaPath;
import org.sealroom.protocol.control.ProtocolVersion;
import org.sealroom.protocol.transport.AdmissionToken;
import org.sealroom.protocol.wire.DatagramType;
import org.sealroom.protocol.wire.HopDirection;
import org.sealroom.protocol.wire.HopKey;
import org.sealroom.protocol.wire.HopMac;
import org.sealroom.protocol.wire.MediaDatagram;
import org.sealroom.protocol.wire.MediaPriority;
import org.sealroom.protocol.wire.OutboundDatagram;
import org.sealroom.protocol.wire.PayloadDigest;
import org.sealroom.relay.support.Await;
import org.sealroom.relay.support.RawRelayConnection;

/**
 * A room on a real relay with one sender and N receivers, set up through the real protocol (TLS control, hello,
 * create/join, authenticated UDP probes, UDP path selection), whose UDP ends are the benchmark's sinks and sender.
 */
final class RelayRoomSetup implements AutoCloseable {
    private final List<RawRelayConnection> controls = new ArrayList<>();
    private final InetSocketAddress relayUdp;
    private HopMac senderMac;
    private int senderHopId;

    RelayRoomSetup(InetSocketAddress relayControl, InetSocketAddress relayUdp, UdpSinks sinks, int receivers,
                   Consumer<byte[]> senderSocket) throws Exception {
        this.relayUdp = relayUdp;
        AdmissionToken token = AdmissionToken.generate(new SecureRandom());
        RawRelayConnection owner = connect(relayControl);
        Welcome ownerWelcome = welcome(owner);
        owner.send(new ControlMessage.CreateRoom(1, List.of(token.verifier().value()), false));
        String roomId = ((RoomCreated) reply(owner)).roomId();
        senderMac = HopKey.fromBase64(ownerWelcome.hopKey()).mac();
        senderHopId = ownerWelcome.hopId();
        senderSocket.accept(probe(senderMac, senderHopId));
        long acks = sinks.probeAcks.sum();
        for (int i = 0; i < receivers; i++) {
            RawRelayConnection receiver = connect(relayControl);
            Welcome welcome = welcome(receiver);
            receiver.send(new ControlMessage.JoinRoom(1, roomId, token.value(), null));
            reply(receiver);
            byte[] probe = probe(HopKey.fromBase64(welcome.hopKey()).mac(), welcome.hopId());
            sinks.channel(i).writeAndFlush(new DatagramPacket(Unpooled.wrappedBuffer(probe), relayUdp)).sync();
            receiver.send(new SelectMediaPath(MediaPath.UDP));
        }
        Await.until("every receiver's UDP path is confirmed", () -> sinks.probeAcks.sum() >= acks + receivers);
    }

    private RawRelayConnection connect(InetSocketAddress relayControl) throws Exception {
        RawRelayConnection connection = new RawRelayConnection(relayControl);
        controls.add(connection);
        connection.send(new Hello(ProtocolVersion.MIN_SUPPORTED, ProtocolVersion.MAX_SUPPORTED, "bench"));
        return connection;
    }

    private static Welcome welcome(RawRelayConnection connection) throws Exception {
        return (Welcome) connection.receive();
    }

    private static Reply reply(RawRelayConnection connection) throws Exception {
        while (true) {
            if (connection.receive() instanceof Reply reply) {
                return reply;
            }
        }
    }

    private static byte[] probe(HopMac mac, int hopId) {
        return datagram(mac, DatagramType.PROBE, hopId, 0, 1, new byte[0]);
    }

    /** A media datagram from the sender, tagged under its hop key. */
    byte[] media(int sequence, byte[] payload) {
        return datagram(senderMac, DatagramType.MEDIA, senderHopId, 1, sequence, payload);
    }

    private static byte[] datagram(HopMac mac, DatagramType type, int hopId, int stream, int sequence,
                                   byte[] payload) {
        ByteBuf body = Unpooled.wrappedBuffer(payload);
        ByteBuf header = new OutboundDatagram(HopDirection.CLIENT_TO_RELAY, type, MediaPriority.VIDEO, hopId, stream,
                sequence).header(ByteBufAllocator.DEFAULT, mac, PayloadDigest.of(body));
        byte[] bytes = new byte[header.readableBytes() + payload.length];
        header.readBytes(bytes, 0, MediaDatagram.HEADER_BYTES);
        header.release();
        System.arraycopy(ByteBufUtil.getBytes(body), 0, bytes, MediaDatagram.HEADER_BYTES, payload.length);
        return bytes;
    }

    InetSocketAddress relayUdp() {
        return relayUdp;
    }

    @Override
    public void close() throws Exception {
        for (RawRelayConnection c : controls) {
            c.close();
        }
    }
}
