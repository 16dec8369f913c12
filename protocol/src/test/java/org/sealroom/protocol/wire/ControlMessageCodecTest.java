package org.sealroom.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import io.netty.util.ResourceLeakDetector;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sealroom.protocol.control.ControlMessage;
import org.sealroom.protocol.control.ControlMessage.ErrorMessage;
import org.sealroom.protocol.control.ErrorCode;
import org.sealroom.protocol.control.LeaveReason;
import org.sealroom.protocol.control.MediaPath;
import org.sealroom.protocol.control.RoomCloseReason;

class ControlMessageCodecTest {
    private final EmbeddedChannel sender = new EmbeddedChannel(ControlMessageEncoder.INSTANCE);
    private final EmbeddedChannel receiver = new EmbeddedChannel(ControlMessageEncoder.INSTANCE,
            new FrameDecoder(WireFormat.DEFAULT_MAX_FRAME_BYTES), ControlMessageDecoder.INSTANCE);

    @BeforeAll
    static void paranoidLeakDetection() {
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
    }

    @AfterEach
    void releaseEverything() {
        sender.finishAndReleaseAll();
        receiver.finishAndReleaseAll();
    }

    static Stream<ControlMessage> everyMessage() {
        return Stream.of(
                new ControlMessage.Hello(1, 3, "sealroom/0.1"),
                new ControlMessage.Welcome(1, "relay", 99, "a2V5", 7443, 65536, 15000),
                new ControlMessage.CreateRoom(1, List.of("v1", "v2"), false),
                new ControlMessage.CreateRoom(1, List.of(), true),
                new ControlMessage.RoomCreated(1, "room", "owner-token", 1, "resume-token", null),
                new ControlMessage.RoomCreated(1, "room", "owner-token", 1, "resume-token", "482193057"),
                new ControlMessage.JoinRoom(2, "room", "admission-token", null),
                new ControlMessage.JoinRoom(2, null, null, "482193057"),
                new ControlMessage.PromoteParticipant(4, 3),
                new ControlMessage.LobbyJoined(3),
                new ControlMessage.ResumeRoom(3, "room", 4, "resume", "admission", "owner", List.of("v")),
                new ControlMessage.ResumeRoom(3, "room", 4, "resume", null, null, List.of()),
                new ControlMessage.RoomJoined(2, "room", 4, "resume", List.of(1, 2, 3), false, true, false),
                new ControlMessage.RoomJoined(2, "room", 4, "resume", List.of(1), false, false, true),
                new ControlMessage.LeaveRoom(5),
                new ControlMessage.KickParticipant(6, 3),
                new ControlMessage.EndRoom(7),
                new ControlMessage.AddAdmissionVerifier(8, "v3"),
                new ControlMessage.RemoveAdmissionVerifier(9, "v1"),
                new ControlMessage.Done(9),
                new ControlMessage.ParticipantJoined(5),
                new ControlMessage.ParticipantLeft(5, LeaveReason.TIMED_OUT),
                new ControlMessage.RoomClosed(RoomCloseReason.KICKED, "bye"),
                new ControlMessage.SelectMediaPath(MediaPath.UDP),
                new ControlMessage.Ping(123456789L),
                new ControlMessage.Pong(-1L),
                new ErrorMessage(4, ErrorCode.ROOM_FULL, "the room is full"),
                new ControlMessage.Goodbye("maintenance", true));
    }

    @ParameterizedTest
    @MethodSource("everyMessage")
    void roundTripsEveryControlMessage(ControlMessage message) {
        assertThat(sender.writeOutbound(message)).isTrue();
        ByteBuf frame = sender.readOutbound();
        assertThat(receiver.writeInbound(frame)).isTrue();
        assertThat((ControlMessage) receiver.readInbound()).isEqualTo(message);
        assertThat(frame.refCnt()).isZero();
    }

    @Test
    void neverPrintsTokensOrKeys() {
        String printed = everyMessage().map(Object::toString).reduce("", String::concat);
        assertThat(printed).doesNotContain("owner-token", "resume-token", "admission-token", "a2V5", "admission\"")
                .doesNotContain("resume,", "owner]");
    }

    @Test
    void ignoresPropertiesANewerPeerAdds() {
        receiver.writeInbound(controlFrame("{\"type\":\"ping\",\"nonce\":5,\"futureField\":[1,2]}"));
        assertThat((ControlMessage) receiver.readInbound()).isEqualTo(new ControlMessage.Ping(5));
    }

    @Test
    void refusesJsonThatDoesNotParse() {
        assertRejected("{\"type\":\"ping\",", "malformed control message: not valid JSON");
    }

    @Test
    void refusesAnUnknownMessageType() {
        assertRejected("{\"type\":\"format-disk\"}", "malformed control message: unknown or missing message type");
    }

    @Test
    void refusesAMissingField() {
        assertRejected("{\"type\":\"joinRoom\",\"requestId\":1,\"admissionToken\":\"t\"}",
                "malformed control message: field 'roomId' is missing");
    }

    @Test
    void refusesAFieldOfTheWrongType() {
        assertRejected("{\"type\":\"ping\",\"nonce\":\"soon\"}",
                "malformed control message: wrong or missing value for field 'nonce'");
    }

    @Test
    void refusesTrailingContentAfterTheMessage() {
        assertRejected("{\"type\":\"ping\",\"nonce\":1} {}", "malformed control message: not a control message");
    }

    private void assertRejected(String json, String message) {
        ByteBuf frame = controlFrame(json);
        assertThatThrownBy(() -> receiver.writeInbound(frame))
                .isInstanceOf(DecoderException.class)
                .cause().isInstanceOf(MalformedControlMessageException.class).hasMessage(message);
        assertThat(frame.refCnt()).isZero();
        assertThat(receiver.isOpen()).isFalse();
        ByteBuf reply = receiver.readOutbound();
        EmbeddedChannel replyReader = new EmbeddedChannel(new FrameDecoder(WireFormat.DEFAULT_MAX_FRAME_BYTES),
                ControlMessageDecoder.INSTANCE);
        replyReader.writeInbound(reply);
        assertThat((ControlMessage) replyReader.readInbound())
                .isEqualTo(new ErrorMessage(0, ErrorCode.MALFORMED_MESSAGE, message));
        replyReader.finishAndReleaseAll();
    }

    private static ByteBuf controlFrame(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return Unpooled.buffer().writeInt(2 + body.length).writeByte(WireFormat.VERSION)
                .writeByte(FrameType.CONTROL.code()).writeBytes(body);
    }
}
