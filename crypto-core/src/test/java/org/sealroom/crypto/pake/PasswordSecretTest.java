package org.sealroom.crypto.pake;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Typed passwords are prepared as RFC 8265 OpaqueString, so equivalent typing on two systems gives the same PRS. */
class PasswordSecretTest {

    @Test
    void asciiPasswordIsItsUtf8Octets() throws InvalidPasswordException {
        assertThat(PasswordSecret.fromTypedPassword("Password").prsCopy()).isEqualTo("Password".getBytes(UTF_8));
    }

    @Test
    void composedAndDecomposedAccentsAreTheSamePassword() throws InvalidPasswordException {
        byte[] composed = PasswordSecret.fromTypedPassword("caf\u00e9 42").prsCopy();
        byte[] decomposed = PasswordSecret.fromTypedPassword("cafe\u0301 42").prsCopy();
        assertThat(decomposed).isEqualTo(composed).isEqualTo("caf\u00e9 42".getBytes(UTF_8));
    }

    @Test
    void nonAsciiSpacesBecomeAsciiSpaces() throws InvalidPasswordException {
        byte[] ascii = PasswordSecret.fromTypedPassword("123 456").prsCopy();
        assertThat(PasswordSecret.fromTypedPassword("123\u00a0456").prsCopy()).isEqualTo(ascii);
        assertThat(PasswordSecret.fromTypedPassword("123\u3000456").prsCopy()).isEqualTo(ascii);
    }

    @Test
    void caseIsPreserved() throws InvalidPasswordException {
        assertThat(PasswordSecret.fromTypedPassword("Abc").prsCopy())
                .isNotEqualTo(PasswordSecret.fromTypedPassword("abc").prsCopy());
    }

    @Test
    void charArrayAndStringGiveTheSameSecretAndTheArrayIsLeftAlone() throws InvalidPasswordException {
        char[] typed = "s3cret pin".toCharArray();
        assertThat(PasswordSecret.fromTypedPassword(typed).prsCopy())
                .isEqualTo(PasswordSecret.fromTypedPassword("s3cret pin").prsCopy());
        assertThat(typed).containsExactly("s3cret pin".toCharArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "tab\there", "new\nline", "nul\u0000", "lone\ud800surrogate", "unassigned\u0378"})
    void untypeablePasswordsAreRejected(String typed) {
        assertThatThrownBy(() -> PasswordSecret.fromTypedPassword(typed))
                .isInstanceOf(InvalidPasswordException.class)
                .hasMessageStartingWith("the meeting password");
    }

    @Test
    void overlongPasswordIsRejected() throws InvalidPasswordException {
        assertThat(PasswordSecret.fromTypedPassword("x".repeat(PasswordSecret.MAX_LENGTH_OCTETS)).prsCopy())
                .hasSize(PasswordSecret.MAX_LENGTH_OCTETS);
        assertThatThrownBy(() -> PasswordSecret.fromTypedPassword("\u00e9".repeat(513)))
                .isInstanceOf(InvalidPasswordException.class)
                .hasMessageContaining("longer than 1024 octets");
    }

    @Test
    void destroyWipesAndBlocksUse() throws InvalidPasswordException {
        PasswordSecret password = PasswordSecret.fromTypedPassword("4711");
        password.close();
        assertThat(password.isDestroyed()).isTrue();
        assertThatThrownBy(password::prsCopy).isInstanceOf(IllegalStateException.class);
        assertThat(password.toString()).contains("destroyed").doesNotContain("4711");
    }
}
