package org.sealroom.client.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sealroom.client.session.SessionException;
import org.sealroom.crypto.InsecureSecretKeyAccess;

/** The typed meeting password and number: 40 bits without look-alikes, forgiving about how they are typed. */
class MeetingPasswordTest {

    @Test
    void passwordsHaveFortyBitsFromAnAlphabetWithoutLookAlikes() {
        Set<Character> alphabet = new HashSet<>();
        MeetingPassword.ALPHABET.chars().forEach(c -> alphabet.add((char) c));
        assertThat(alphabet).hasSize(32).doesNotContain('0', 'O', '1', 'I');
        assertThat(MeetingPassword.LENGTH * (31 - Integer.numberOfLeadingZeros(alphabet.size()))).isEqualTo(40);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = MeetingPassword.generate();
            assertThat(password).matches("[" + MeetingPassword.ALPHABET + "]{8}");
            seen.add(password);
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void typedPasswordsIgnoreCaseSpacesAndDashes() throws SessionException {
        byte[] canonical = MeetingPassword.secret("K7PM29QX").copyMaterial(InsecureSecretKeyAccess.get());
        assertThat(MeetingPassword.secret(" k7pm-29qx ").copyMaterial(InsecureSecretKeyAccess.get()))
                .isEqualTo(canonical);
        assertThat(MeetingPassword.secret("K7PM29QY").copyMaterial(InsecureSecretKeyAccess.get()))
                .isNotEqualTo(canonical);
        assertThatThrownBy(() -> MeetingPassword.secret(" - ")).isInstanceOf(SessionException.class);
    }

    @Test
    void meetingNumbersAreNineDigitsHoweverGrouped() throws SessionException {
        assertThat(MeetingPassword.number("482 193 057")).isEqualTo("482193057");
        assertThat(MeetingPassword.number("482-193-057")).isEqualTo("482193057");
        assertThatThrownBy(() -> MeetingPassword.number("48219305")).isInstanceOf(SessionException.class)
                .hasMessageContaining("9 digits");
        assertThatThrownBy(() -> MeetingPassword.number("48219305x")).isInstanceOf(SessionException.class);
    }
}
