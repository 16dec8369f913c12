package org.sealroom.crypto.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sealroom.crypto.AuthenticationFailedException;
import org.sealroom.crypto.InsecureSecretKeyAccess;
import org.sealroom.crypto.MalformedDataException;

class MeetingSecretTest {

    private final MeetingSecret secret = MeetingSecret.generate();
    private final byte[] aad = "room-1".getBytes(StandardCharsets.UTF_8);

    @Test
    void linkFormRoundTripsAndDerivesTheSameValues() throws Exception {
        String link = secret.toLinkForm(InsecureSecretKeyAccess.get());
        MeetingSecret parsed = MeetingSecret.fromLinkForm(link);
        assertThat(link).hasSize(22).doesNotContain("=");
        assertThat(parsed.admissionToken()).isEqualTo(secret.admissionToken());
        byte[] transcript = {1, 2, 3};
        parsed.verifyJoinProof(transcript, secret.joinProof(transcript));
    }

    @Test
    void rejectsMalformedLinkForms() {
        assertThatThrownBy(() -> MeetingSecret.fromLinkForm("not base64 !")).isInstanceOf(MalformedDataException.class);
        assertThatThrownBy(() -> MeetingSecret.fromLinkForm("AAAA")).isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("16 bytes");
    }

    @Test
    void announcementOpensOnlyUnchangedUnderTheSameSecretAndContext() throws Exception {
        byte[] sealed = secret.sealAnnouncement("host keys".getBytes(StandardCharsets.UTF_8), aad);
        assertThat(new String(secret.openAnnouncement(sealed, aad), StandardCharsets.UTF_8)).isEqualTo("host keys");
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 1;
            assertThatThrownBy(() -> secret.openAnnouncement(tampered, aad))
                    .isInstanceOf(AuthenticationFailedException.class);
        }
        assertThatThrownBy(() -> secret.openAnnouncement(sealed, "room-2".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> MeetingSecret.generate().openAnnouncement(sealed, aad))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> secret.openAnnouncement(new byte[5], aad)).isInstanceOf(MalformedDataException.class);
    }

    @Test
    void joinProofOfAnotherSecretIsRejected() {
        byte[] transcript = {9, 9};
        assertThatThrownBy(() -> secret.verifyJoinProof(transcript, MeetingSecret.generate().joinProof(transcript)))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void toStringHidesTheSecret() {
        assertThat(secret.toString()).contains("redacted")
                .doesNotContain(secret.toLinkForm(InsecureSecretKeyAccess.get()));
    }
}
