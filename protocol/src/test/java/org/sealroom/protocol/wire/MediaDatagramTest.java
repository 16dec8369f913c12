package org.sealroom.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.socket.DatagramPacket;
import io.netty.util.ResourceLeakDetector;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MediaDatagramTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final HopKey key = HopKey.generate(RANDOM);
    private final HopMac mac = key.mac();

    @BeforeAll
    static void paranoidLeakDetection() {
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
    }

    private ByteBuf datagram(HopDirection direction, byte[] payload) {
        ByteBuf body = Unpooled.wrappedBuffer(payload);
        ByteBuf header = new OutboundDatagram(direction, DatagramType.MEDIA, MediaPriority.VIDEO, 12, 34, 56)
                .header(ByteBufAllocator.DEFAULT, mac, PayloadDigest.of(body));
        return Unpooled.wrappedBuffer(header, body);
    }

    @Test
    void roundTripsHeaderAndVerifiesTag() {
        ByteBuf datagram = datagram(HopDirection.CLIENT_TO_RELAY, new byte[] {1, 2, 3});

        MediaDatagram header = MediaDatagram.parseHeader(datagram);
        assertThat(header).isNotNull();
        assertThat(header.type()).isEqualTo(DatagramType.MEDIA);
        assertThat(header.priority()).isEqualTo(MediaPriority.VIDEO);
        assertThat(header.sourceId()).isEqualTo(12);
        assertThat(header.streamId()).isEqualTo(34);
        assertThat(header.sequence()).isEqualTo(56);
        assertThat(header.verify(key.mac(), HopDirection.CLIENT_TO_RELAY, datagram)).isTrue();
        assertThat(ByteBufUtil.getBytes(MediaDatagram.payloadOf(datagram))).containsExactly(1, 2, 3);
        datagram.release();
    }

    @Test
    void rejectsATamperedPayload() {
        ByteBuf datagram = datagram(HopDirection.CLIENT_TO_RELAY, new byte[] {1, 2, 3});
        datagram.setByte(MediaDatagram.HEADER_BYTES + 1, 9);
        assertThat(MediaDatagram.parseHeader(datagram).verify(mac, HopDirection.CLIENT_TO_RELAY, datagram)).isFalse();
        datagram.release();
    }

    @Test
    void rejectsASpoofedSourceId() {
        ByteBuf datagram = datagram(HopDirection.CLIENT_TO_RELAY, new byte[] {1});
        datagram.setInt(4, 13);
        assertThat(MediaDatagram.parseHeader(datagram).verify(mac, HopDirection.CLIENT_TO_RELAY, datagram)).isFalse();
        datagram.release();
    }

    @Test
    void rejectsAnotherKeyAndAReflectedDatagram() {
        ByteBuf datagram = datagram(HopDirection.CLIENT_TO_RELAY, new byte[] {1});
        MediaDatagram header = MediaDatagram.parseHeader(datagram);
        assertThat(header.verify(HopKey.generate(RANDOM).mac(), HopDirection.CLIENT_TO_RELAY, datagram)).isFalse();
        assertThat(header.verify(mac, HopDirection.RELAY_TO_CLIENT, datagram)).isFalse();
        datagram.release();
    }

    @Test
    void parsesNothingFromTruncatedForeignOrUnknownDatagrams() {
        ByteBuf datagram = datagram(HopDirection.RELAY_TO_CLIENT, new byte[0]);
        assertThat(MediaDatagram.parseHeader(datagram.slice(0, MediaDatagram.HEADER_BYTES - 1))).isNull();
        ByteBuf otherVersion = datagram.copy().setByte(0, 2);
        ByteBuf unknownType = datagram.copy().setByte(1, 99);
        assertThat(MediaDatagram.parseHeader(otherVersion)).isNull();
        assertThat(MediaDatagram.parseHeader(unknownType)).isNull();
        otherVersion.release();
        unknownType.release();
        datagram.release();
    }

    @Test
    void packetSendsHeaderAndSharedPayloadAsOneDatagram() {
        ByteBuf payload = Unpooled.directBuffer().writeBytes(new byte[] {7, 7, 7});
        InetSocketAddress to = new InetSocketAddress("127.0.0.1", 4000);
        OutboundDatagram outbound = new OutboundDatagram(HopDirection.RELAY_TO_CLIENT, DatagramType.MEDIA,
                MediaPriority.AUDIO, 3, 1, 2);
        DatagramPacket first = outbound.packet(ByteBufAllocator.DEFAULT, to, mac, payload);
        DatagramPacket second = outbound.packet(ByteBufAllocator.DEFAULT, to, HopKey.generate(RANDOM).mac(), payload);

        assertThat(first.recipient()).isEqualTo(to);
        MediaDatagram header = MediaDatagram.parseHeader(first.content());
        assertThat(header.verify(key.mac(), HopDirection.RELAY_TO_CLIENT, first.content())).isTrue();
        assertThat(MediaDatagram.parseHeader(second.content()).verify(key.mac(), HopDirection.RELAY_TO_CLIENT,
                second.content())).isFalse();
        assertThat(ByteBufUtil.getBytes(MediaDatagram.payloadOf(first.content()))).containsExactly(7, 7, 7);
        assertThat(payload.readerIndex()).as("the shared payload is not consumed").isZero();
        assertThat(payload.refCnt()).isEqualTo(3);
        first.release();
        second.release();
        assertThat(payload.refCnt()).isEqualTo(1);
        payload.release();
    }

    @Test
    void tagIsSipHash24OfHeaderDigestAndDirection() {
        byte[] keyBytes = new byte[HopKey.BYTES];
        for (int i = 0; i < keyBytes.length; i++) {
            keyBytes[i] = (byte) i;
        }
        HopMac fixed = HopKey.fromBase64(java.util.Base64.getEncoder().encodeToString(keyBytes)).mac();
        byte[] digest = new byte[PayloadDigest.BYTES];
        digest[0] = 0x11;
        digest[31] = 0x22;
        ByteBuf header = new OutboundDatagram(HopDirection.RELAY_TO_CLIENT, DatagramType.MEDIA, MediaPriority.VIDEO,
                5, 6, 7).header(ByteBufAllocator.DEFAULT, fixed, digest);
        byte[] message = new byte[49];
        header.getBytes(0, message, 0, MediaDatagram.COVERED_HEADER_BYTES);
        System.arraycopy(digest, 0, message, MediaDatagram.COVERED_HEADER_BYTES, digest.length);
        message[48] = 0x02;

        assertThat(header.getLong(MediaDatagram.COVERED_HEADER_BYTES)).isEqualTo(
                SipHash24Test.hash(SipHash24.littleEndian(keyBytes, 0, 8), SipHash24.littleEndian(keyBytes, 8, 8), message));
        header.release();
    }

    @Test
    void tagCoversTheSha256OfThePayload() {
        ByteBuf datagram = datagram(HopDirection.CLIENT_TO_RELAY, "abc".getBytes());
        MediaDatagram header = MediaDatagram.parseHeader(datagram);
        byte[] digest = PayloadDigest.of(MediaDatagram.payloadOf(datagram));
        assertThat(io.netty.buffer.ByteBufUtil.hexDump(digest))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(header.verify(mac, HopDirection.CLIENT_TO_RELAY, datagram, digest)).isTrue();
        digest[0] ^= 1;
        assertThat(header.verify(mac, HopDirection.CLIENT_TO_RELAY, datagram, digest)).isFalse();
        datagram.release();
    }

    @Test
    void hopKeyTravelsAsBase64AndNeverPrints() {
        assertThat(HopKey.fromBase64(key.toBase64())).isEqualTo(key);
        assertThat(key.toString()).doesNotContain(key.toBase64());
    }
}
