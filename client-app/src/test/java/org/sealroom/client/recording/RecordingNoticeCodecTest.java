package org.sealroom.client.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RecordingNoticeCodecTest {

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void roundTripsEveryState() throws IOException {
        for (RecordingNoticeCodec.State state : RecordingNoticeCodec.State.values()) {
            assertThat(RecordingNoticeCodec.decode(RecordingNoticeCodec.encode(state)).state()).isEqualTo(state);
        }
    }

    @Test
    void ignoresUnknownFieldsFromNewerClients() throws IOException {
        assertThat(RecordingNoticeCodec.decode(json("{\"state\":\"paused\",\"sentAt\":5,\"layout\":\"grid\"}"))
                .state()).isEqualTo(RecordingNoticeCodec.State.PAUSED);
    }

    @Test
    void rejectsMalformedNoticesWithAClearReason() {
        assertThatThrownBy(() -> RecordingNoticeCodec.decode(json("not json"))).hasMessage("recording notice is not JSON");
        assertThatThrownBy(() -> RecordingNoticeCodec.decode(json("[1]"))).hasMessage("recording notice is not a JSON object");
        assertThatThrownBy(() -> RecordingNoticeCodec.decode(json("{\"sentAt\":1}"))).hasMessage("recording notice without a state");
        assertThatThrownBy(() -> RecordingNoticeCodec.decode(json("{\"state\":\"recording\"}"))).hasMessage("recording notice without sentAt");
        assertThatThrownBy(() -> RecordingNoticeCodec.decode(json("{\"state\":\"filming\",\"sentAt\":1}")))
                .hasMessage("unknown recording state 'filming'");
        assertThatThrownBy(() -> RecordingNoticeCodec.decode(new byte[RecordingNoticeCodec.MAX_BODY_BYTES + 1]))
                .hasMessageContaining("at most 256");
    }
}
