package org.sealroom.crypto.pake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The session and key objects enforce one attempt per session, confirmation before use, and never print secrets. */
class CpaceSessionTest {

    private static final CpaceChannelId CHANNEL = CpaceChannelId.forParties("sealroom joiner", "sealroom host");

    private final CpaceSessionId sid = CpaceSessionId.random();

    private ExchangeRun.Side side(String password) throws InvalidPasswordException {
        return new ExchangeRun.Side(PasswordSecret.fromTypedPassword(password), CHANNEL, sid, new byte[0]);
    }

    @Test
    void sessionCanBeFinishedOnlyOnce() throws Exception {
        CpaceSession joiner = CpaceSession.initiator(PasswordSecret.fromTypedPassword("4711"), CHANNEL, sid);
        CpaceSession host = CpaceSession.responder(PasswordSecret.fromTypedPassword("4711"), CHANNEL, sid);
        joiner.finish(host.ownMessage());
        assertThat(joiner.isDestroyed()).isTrue();
        assertThatThrownBy(() -> joiner.finish(host.ownMessage()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only once");
    }

    @Test
    void destroyedSessionCannotBeFinished() throws Exception {
        CpaceSession joiner = CpaceSession.initiator(PasswordSecret.fromTypedPassword("4711"), CHANNEL, sid);
        CpaceSession host = CpaceSession.responder(PasswordSecret.fromTypedPassword("4711"), CHANNEL, sid);
        joiner.close();
        assertThatThrownBy(() -> joiner.finish(host.ownMessage())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void reflectedOwnMessageIsRejected() throws Exception {
        CpaceSession joiner = CpaceSession.initiator(PasswordSecret.fromTypedPassword("4711"), CHANNEL, sid);
        CpaceMessage echoed = CpaceMessage.decode(joiner.ownMessage().encode());
        assertThatThrownBy(() -> joiner.finish(echoed))
                .isInstanceOf(InvalidPeerShareException.class)
                .hasMessageContaining("reflected");
        assertThat(joiner.isDestroyed()).isTrue();
    }

    @Test
    void everySessionUsesAFreshShare() throws Exception {
        try (PasswordSecret password = PasswordSecret.fromTypedPassword("4711")) {
            CpaceMessage first = CpaceSession.initiator(password, CHANNEL, sid).ownMessage();
            CpaceMessage second = CpaceSession.initiator(password, CHANNEL, sid).ownMessage();
            assertThat(first.publicShare()).isNotEqualTo(second.publicShare());
        }
    }

    @Test
    void keysAreReleasedOnlyAfterThePeerConfirmed() throws Exception {
        ExchangeRun run = ExchangeRun.honest(side("4711"), side("4711"));
        assertThat(run.initiatorKey().isPeerConfirmed()).isFalse();
        assertThatThrownBy(() -> run.initiatorKey().deriveKey("join request", 32))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("confirmation");
        run.initiatorKey().verifyPeerConfirmation(run.tagForInitiator());
        assertThat(run.initiatorKey().isPeerConfirmed()).isTrue();
        try (CpaceDerivedKey key = run.initiatorKey().deriveKey("join request", 32)) {
            assertThat(key.length()).isEqualTo(32);
            assertThat(key.label()).isEqualTo("join request");
        }
    }

    @Test
    void failedConfirmationDestroysTheKey() throws Exception {
        ExchangeRun run = ExchangeRun.honest(side("4711"), side("4712"));
        assertThatThrownBy(() -> run.initiatorKey().verifyPeerConfirmation(run.tagForInitiator()))
                .isInstanceOf(PakeConfirmationException.class)
                .hasMessageContaining("different password");
        assertThat(run.initiatorKey().isDestroyed()).isTrue();
        assertThat(run.initiatorKey().isPeerConfirmed()).isFalse();
        assertThatThrownBy(() -> run.initiatorKey().confirmationTag()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> run.initiatorKey().deriveKey("join request", 32))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void confirmationTagsDifferPerRoleSoAReflectedTagFails() throws Exception {
        ExchangeRun run = ExchangeRun.honest(side("4711"), side("4711"));
        CpaceConfirmationTag ownTagEchoed = run.tagForResponder();
        assertThatThrownBy(() -> run.initiatorKey().verifyPeerConfirmation(ownTagEchoed))
                .isInstanceOf(PakeConfirmationException.class);
    }

    @Test
    void distinctLabelsAndLengthsGiveIndependentKeys() throws Exception {
        ExchangeRun run = ExchangeRun.honest(side("4711"), side("4711"));
        run.confirmBoth();
        CpaceSharedKey key = run.initiatorKey();
        byte[] request = key.deriveKey("join request", 32).toSecretKey("AES").getEncoded();
        byte[] confirm = key.deriveKey("join confirm", 32).toSecretKey("AES").getEncoded();
        byte[] longer = key.deriveKey("join request", 64).toSecretKey("HmacSHA512").getEncoded();
        assertThat(request).isNotEqualTo(confirm);
        // The length is part of the HKDF info, so a longer key is not an extension of a shorter one.
        assertThat(Arrays.copyOf(longer, 32)).isNotEqualTo(request);
    }

    @Test
    void derivedKeyArgumentsAreChecked() throws Exception {
        ExchangeRun run = ExchangeRun.honest(side("4711"), side("4711"));
        run.confirmBoth();
        CpaceSharedKey key = run.responderKey();
        assertThatThrownBy(() -> key.deriveKey("", 32)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> key.deriveKey("x".repeat(256), 32)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> key.deriveKey("join", 15)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> key.deriveKey("join", CpaceSharedKey.MAX_KEY_LENGTH + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(key.deriveKey("join", CpaceSharedKey.MAX_KEY_LENGTH).length())
                .isEqualTo(CpaceSharedKey.MAX_KEY_LENGTH);
    }

    @Test
    void destroyedKeysCannotBeUsed() throws Exception {
        ExchangeRun run = ExchangeRun.honest(side("4711"), side("4711"));
        run.confirmBoth();
        CpaceDerivedKey derived = run.initiatorKey().deriveKey("join request", 32);
        derived.close();
        assertThatThrownBy(() -> derived.toSecretKey("AES")).isInstanceOf(IllegalStateException.class);
        run.initiatorKey().close();
        assertThatThrownBy(() -> run.initiatorKey().deriveKey("join request", 32))
                .isInstanceOf(IllegalStateException.class);
        assertThat(run.initiatorKey().isDestroyed()).isTrue();
    }

    @Test
    void destroyedPasswordCannotStartASession() throws Exception {
        PasswordSecret password = PasswordSecret.fromTypedPassword("4711");
        password.destroy();
        assertThatThrownBy(() -> CpaceSession.initiator(password, CHANNEL, sid))
                .isInstanceOf(IllegalStateException.class);
        byte[] scalar = new byte[32];
        Arrays.fill(scalar, (byte) 7);
        assertThatThrownBy(() -> CpaceSession.withScalar(CpaceRole.RESPONDER, password, CHANNEL, sid, new byte[0],
                scalar)).isInstanceOf(IllegalStateException.class);
        assertThat(scalar).containsOnly(0);
    }

    @Test
    void tooMuchAssociatedDataIsRefused() throws Exception {
        PasswordSecret password = PasswordSecret.fromTypedPassword("4711");
        byte[] tooLong = new byte[CpaceMessage.MAX_ASSOCIATED_DATA_LENGTH + 1];
        assertThatThrownBy(() -> CpaceSession.responder(password, CHANNEL, sid, tooLong))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringNeverShowsSecrets() throws Exception {
        String typed = "correct horse battery staple";
        PasswordSecret password = PasswordSecret.fromTypedPassword(typed);
        assertThat(password.toString()).doesNotContain(typed).doesNotContain("correct");

        ExchangeRun run = ExchangeRun.honest(
                new ExchangeRun.Side(password, CHANNEL, sid, new byte[0]),
                new ExchangeRun.Side(PasswordSecret.fromTypedPassword(typed), CHANNEL, sid, new byte[0]));
        run.confirmBoth();
        HexFormat hex = HexFormat.of();
        String isk = hex.formatHex(run.initiatorKey().intermediateSessionKey());
        assertThat(run.initiatorKey().toString()).doesNotContain(isk.substring(0, 16)).contains("INITIATOR");
        CpaceDerivedKey derived = run.initiatorKey().deriveKey("join request", 32);
        String derivedHex = hex.formatHex(derived.toSecretKey("AES").getEncoded());
        assertThat(derived.toString()).doesNotContain(derivedHex.substring(0, 16)).contains("join request");
        assertThat(derived.toSecretKey("AES").toString()).doesNotContain(derivedHex.substring(0, 16));
        assertThat(CHANNEL.toString()).doesNotContain("sealroom");
    }
}
