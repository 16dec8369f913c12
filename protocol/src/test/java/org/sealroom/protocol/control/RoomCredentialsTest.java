package org.sealroom.protocol.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class RoomCredentialsTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void verifierIsAStableHashThatDiffersFromTheToken() {
        String token = RoomCredentials.newToken(random);
        assertThat(RoomCredentials.verifierOf(token)).isEqualTo(RoomCredentials.verifierOf(token))
                .isNotEqualTo(token)
                .isNotEqualTo(RoomCredentials.verifierOf(RoomCredentials.newToken(random)));
        // SHA-256("abc") in unpadded base64url (FIPS 180-2 test vector).
        assertThat(RoomCredentials.verifierOf("abc")).isEqualTo("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0");
    }

    @Test
    void onlyTheOwnerTokenOwnsItsRoomId() {
        String owner = RoomCredentials.newToken(random);
        String roomId = RoomCredentials.roomIdOf(owner);
        assertThat(roomId).hasSize(22);
        assertThat(RoomCredentials.owns(owner, roomId)).isTrue();
        assertThat(RoomCredentials.owns(RoomCredentials.newToken(random), roomId)).isFalse();
    }

    @Test
    void versionMismatchSaysWhoMustUpdate() {
        assertThat(ProtocolVersion.negotiate(1, 5)).isEqualTo(1);
        assertThat(ProtocolVersion.negotiate(2, 5)).isEqualTo(-1);
        assertThat(ProtocolVersion.mismatchMessage(2, 5)).isEqualTo("Version mismatch: the relay speaks protocol "
                + "version 1, the app speaks versions 2 to 5. This relay is older than your Sealroom app: ask the "
                + "relay's operator to update it, or use an app version that speaks protocol version 1.");
    }
}
