package org.sealroom.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import io.netty.util.ResourceLeakDetector;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sealroom.protocol.control.ControlMessage.ErrorMessage;
import org.sealroom.protocol.control.ErrorCode;

class FrameDecoderTest {
    private static final int MAX = 2048;

    private final EmbeddedChannel encoder = new EmbeddedChannel(PayloadFrameEncoder.INSTANCE);
    private final EmbeddedChannel decoder = new EmbeddedChannel(new FrameDecoder(MAX));

    @BeforeAll
    static void paranoidLeakDetection() {
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
    }

    @AfterEach
    void releaseEverything() {
        encoder.finishAndReleaseAll();
        decoder.finishAndReleaseAll();
    }

    private ByteBuf encode(PayloadMessage message) {
        assertThat(encoder.writeOutbound(message)).isTrue();
        ByteBuf header = encoder.readOutbound();
        ByteBuf payload = encoder.readOutbound();
        return Unpooled.wrappedBuffer(header, payload);
    }

    @Test
    void roundTripsDataMessageWithItsRoutingHeader() {
        ByteBuf payload = Unpooled.copiedBuffer("sframe ciphertext", StandardCharsets.UTF_8);
        assertThat(decoder.writeInbound(encode(new DataMessage(7, 3, payload)))).isTrue();

        DataMessage decoded = decoder.readInbound();
        assertThat(decoded.sender()).isEqualTo(7);
        assertThat(decoded.recipient()).isEqualTo(3);
        assertThat(decoded.payload().toString(StandardCharsets.UTF_8)).isEqualTo("sframe ciphertext");
        assertThat(decoded.release()).isTrue();
    }

    @Test
    void roundTripsMediaMessage() {
        byte[] bytes = new byte[1200];
        bytes[0] = 42;
        bytes[1199] = -1;
        assertThat(decoder.writeInbound(encode(new MediaMessage(5, 77, -2, MediaPriority.VIDEO,
                Unpooled.wrappedBuffer(bytes))))).isTrue();

        MediaMessage decoded = decoder.readInbound();
        assertThat(decoded.sourceId()).isEqualTo(5);
        assertThat(decoded.streamId()).isEqualTo(77);
        assertThat(decoded.sequence()).isEqualTo(-2);
        assertThat(decoded.priority()).isEqualTo(MediaPriority.VIDEO);
        assertThat(io.netty.buffer.ByteBufUtil.getBytes(decoded.payload())).isEqualTo(bytes);
        decoded.release();
    }

    @Test
    void reassemblesFramesArrivingOneByteAtATime() {
        ByteBuf frame = encode(new DataMessage(1, 0, Unpooled.copiedBuffer("abc", StandardCharsets.UTF_8)));
        while (frame.isReadable()) {
            decoder.writeInbound(frame.readRetainedSlice(1));
        }
        frame.release();

        DataMessage decoded = decoder.readInbound();
        assertThat(decoded.payload().toString(StandardCharsets.UTF_8)).isEqualTo("abc");
        decoded.release();
    }

    @Test
    void decodesSeveralFramesFromOneRead() {
        ByteBuf both = Unpooled.wrappedBuffer(
                encode(new DataMessage(1, 0, Unpooled.copiedBuffer("one", StandardCharsets.UTF_8))),
                encode(new DataMessage(2, 0, Unpooled.copiedBuffer("two", StandardCharsets.UTF_8))));
        decoder.writeInbound(both);

        DataMessage first = decoder.readInbound();
        DataMessage second = decoder.readInbound();
        assertThat(first.sender()).isEqualTo(1);
        assertThat(second.sender()).isEqualTo(2);
        first.release();
        second.release();
    }

    @Test
    void keepsATruncatedFrameUntilTheRestArrivesAndReleasesItOnClose() {
        ByteBuf frame = encode(new DataMessage(1, 0, Unpooled.copiedBuffer("abcdef", StandardCharsets.UTF_8)));
        ByteBuf firstHalf = frame.readRetainedSlice(8);
        frame.release();

        assertThat(decoder.writeInbound(firstHalf)).isFalse();
        assertThat(decoder.isOpen()).isTrue();
        assertThat(decoder.finish()).isFalse();
        assertThat(firstHalf.refCnt()).isZero();
    }

    @Test
    void refusesAnOversizedFrameBeforeReadingItRepliesAndCloses() {
        ByteBuf header = Unpooled.buffer().writeInt(MAX + 1).writeByte(1).writeByte(FrameType.DATA.code());

        assertThatThrownBy(() -> decoder.writeInbound(header))
                .isInstanceOf(DecoderException.class)
                .cause().isInstanceOf(FrameTooLargeException.class)
                .hasMessage("frame of 2049 bytes exceeds the limit of 2048 bytes");
        assertRepliedAndClosed(ErrorCode.FRAME_TOO_LARGE, "frame of 2049 bytes exceeds the limit of 2048 bytes");
        assertThat(header.refCnt()).isZero();
    }

    @Test
    void refusesAnotherWireVersion() {
        ByteBuf frame = Unpooled.buffer().writeInt(2).writeByte(9).writeByte(FrameType.CONTROL.code());

        assertThatThrownBy(() -> decoder.writeInbound(frame))
                .isInstanceOf(DecoderException.class)
                .cause().isInstanceOf(UnsupportedWireVersionException.class)
                .hasMessage("wire format version 9 is not supported (this side speaks version 1); "
                        + "update the older of the app and the relay");
        assertRepliedAndClosed(ErrorCode.WIRE_VERSION_MISMATCH, null);
    }

    @Test
    void refusesAnUnknownFrameType() {
        ByteBuf frame = Unpooled.buffer().writeInt(2).writeByte(1).writeByte(0x7f);

        assertThatThrownBy(() -> decoder.writeInbound(frame))
                .cause().isInstanceOf(MalformedFrameException.class).hasMessage("unknown frame type 127");
        assertRepliedAndClosed(ErrorCode.MALFORMED_FRAME, "unknown frame type 127");
    }

    @Test
    void refusesARoutingHeaderCutShort() {
        ByteBuf frame = Unpooled.buffer().writeInt(5).writeByte(1).writeByte(FrameType.DATA.code()).writeMedium(0);

        assertThatThrownBy(() -> decoder.writeInbound(frame))
                .cause().isInstanceOf(MalformedFrameException.class)
                .hasMessage("DATA frame body of 3 bytes is shorter than its 8-byte routing header");
        assertRepliedAndClosed(ErrorCode.MALFORMED_FRAME, null);
    }

    @Test
    void refusesAFrameShorterThanItsPreamble() {
        ByteBuf frame = Unpooled.buffer().writeInt(1).writeByte(1);

        assertThatThrownBy(() -> decoder.writeInbound(frame))
                .cause().isInstanceOf(MalformedFrameException.class)
                .hasMessage("frame of 1 bytes is shorter than its 2-byte preamble");
        assertRepliedAndClosed(ErrorCode.MALFORMED_FRAME, null);
    }

    @Test
    void refusesGarbageSuchAsPlainHttpAndDiscardsIt() {
        ByteBuf garbage = Unpooled.copiedBuffer("GET / HTTP/1.1\r\nHost: relay\r\n\r\n", StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> decoder.writeInbound(garbage))
                .cause().isInstanceOf(FrameTooLargeException.class)
                .hasMessage("frame of 1195725856 bytes exceeds the limit of 2048 bytes");
        assertRepliedAndClosed(ErrorCode.FRAME_TOO_LARGE, null);
        assertThat(garbage.refCnt()).isZero();
        assertThat((Object) decoder.readInbound()).isNull();
    }

    private void assertRepliedAndClosed(ErrorCode code, String message) {
        ErrorMessage reply = decoder.readOutbound();
        assertThat(reply.code()).isEqualTo(code);
        assertThat(reply.requestId()).isZero();
        if (message != null) {
            assertThat(reply.message()).isEqualTo(message);
        }
        assertThat(decoder.isOpen()).isFalse();
    }
}
