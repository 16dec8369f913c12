package org.sealroom.client.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sealroom.client.remote.RemoteControlMessage.Deny;
import org.sealroom.client.remote.RemoteControlMessage.Grant;
import org.sealroom.client.remote.RemoteControlMessage.Input;
import org.sealroom.client.remote.RemoteControlMessage.Request;
import org.sealroom.client.remote.RemoteControlMessage.Revoke;
import org.sealroom.client.session.RemoteInput;

class RemoteControlCodecTest {

    @Test
    void everyMessageRoundTrips() throws IOException {
        List<RemoteControlMessage> all = List.of(new Request(7), new Grant(7, -4_611_686_018_427_387_904L),
                new Deny(7, "the sharer declined"), new Revoke(99, "sharing stopped"),
                new Input(99, 1, new RemoteInput.PointerMove(0.25, 0.75)),
                new Input(99, 2, new RemoteInput.PointerButton(3, true, 0, 1)),
                new Input(99, 3, new RemoteInput.Wheel(-2)),
                new Input(99, 4, new RemoteInput.Key("BACK_SPACE", false)));
        for (RemoteControlMessage message : all) {
            byte[] body = RemoteControlCodec.encode(message);
            assertThat(body.length).isLessThanOrEqualTo(RemoteControlCodec.MAX_BYTES);
            assertThat(RemoteControlCodec.decode(body)).isEqualTo(message);
        }
    }

    @Test
    void rejectsOversizedBodies() {
        byte[] big = new byte[RemoteControlCodec.MAX_BYTES + 1];
        assertThatThrownBy(() -> RemoteControlCodec.decode(big)).isInstanceOf(IOException.class)
                .hasMessage("remote-control message of 513 bytes exceeds 512");
    }

    @Test
    void rejectsMalformedBodiesWithClearReasons() {
        assertRejected("not json", "remote-control message is not JSON");
        assertRejected("[1,2]", "remote-control message is not a JSON object");
        assertRejected("{}", "remote-control message lacks 'op'");
        assertRejected("{\"op\":\"format-disk\"}", "unknown remote-control op 'format-disk'");
        assertRejected("{\"op\":\"request\",\"request\":\"7\"}", "remote-control field 'request' must be an integer");
        assertRejected("{\"op\":\"grant\",\"request\":1}", "remote-control message lacks 'grant'");
        assertRejected("{\"op\":\"input\",\"grant\":1,\"seq\":0,\"event\":\"wheel\",\"clicks\":1}",
                "remote-control field 'seq' must be positive");
        assertRejected("{\"op\":\"input\",\"grant\":1,\"seq\":1,\"event\":\"teleport\"}",
                "unknown remote-control input event 'teleport'");
        assertRejected("{\"op\":\"input\",\"grant\":1,\"seq\":1,\"event\":\"move\",\"x\":1.5,\"y\":0}",
                "remote-control input out of range: x must be within 0..1, was 1.5");
        assertRejected("{\"op\":\"input\",\"grant\":1,\"seq\":1,\"event\":\"button\",\"button\":9,\"pressed\":true,"
                + "\"x\":0,\"y\":0}", "remote-control input out of range: button must be 1, 2 or 3, was 9");
        assertRejected("{\"op\":\"input\",\"grant\":1,\"seq\":1,\"event\":\"key\",\"key\":\"A\",\"pressed\":1}",
                "remote-control field 'pressed' must be true or false");
        assertRejected("{\"op\":\"deny\",\"request\":1,\"reason\":\"" + "x".repeat(201) + "\"}",
                "remote-control reason longer than 200 characters");
    }

    private static void assertRejected(String json, String message) {
        assertThatThrownBy(() -> RemoteControlCodec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class).hasMessageStartingWith(message);
    }
}
