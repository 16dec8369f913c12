package org.sealroom.crypto.pake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Properties of whole exchanges: equal inputs agree on keys; a different password, session id or channel, or any
 * change to a message in transit, is caught by key confirmation on both sides.
 */
class CpaceExchangePropertiesTest {

    private static final CpaceChannelId CHANNEL =
            CpaceChannelId.forParties("sealroom joiner", "sealroom host of meeting 123-456-789");

    @Property(tries = 150, seed = CpaceVectors.SEED)
    void equalPasswordsAgreeOnEveryDerivedKey(@ForAll("typedPasswords") String password,
            @ForAll @Size(max = 40) byte[] initiatorData, @ForAll @Size(max = 40) byte[] responderData)
            throws Exception {
        CpaceSessionId sid = CpaceSessionId.random();
        try (PasswordSecret joinerPassword = PasswordSecret.fromTypedPassword(password.toCharArray());
                PasswordSecret hostPassword = PasswordSecret.fromTypedPassword(password)) {
            ExchangeRun run = ExchangeRun.honest(
                    new ExchangeRun.Side(joinerPassword, CHANNEL, sid, initiatorData),
                    new ExchangeRun.Side(hostPassword, CHANNEL, sid, responderData));
            assertThat(run.initiatorKey().intermediateSessionKey())
                    .isEqualTo(run.responderKey().intermediateSessionKey());
            run.confirmBoth();
            try (CpaceDerivedKey joinerKey = run.initiatorKey().deriveKey("join request", 32);
                    CpaceDerivedKey hostKey = run.responderKey().deriveKey("join request", 32)) {
                assertThat(joinerKey.toSecretKey("AES").getEncoded()).isEqualTo(hostKey.toSecretKey("AES").getEncoded());
            }
        }
    }

    @Property(tries = 150, seed = CpaceVectors.SEED)
    void differentPasswordsAreDetectedByBothSides(@ForAll("distinctPasswordPairs") Tuple2<String, String> passwords)
            throws Exception {
        CpaceSessionId sid = CpaceSessionId.random();
        try (PasswordSecret joinerPassword = PasswordSecret.fromTypedPassword(passwords.get1());
                PasswordSecret hostPassword = PasswordSecret.fromTypedPassword(passwords.get2())) {
            ExchangeRun run = ExchangeRun.honest(
                    new ExchangeRun.Side(joinerPassword, CHANNEL, sid, new byte[0]),
                    new ExchangeRun.Side(hostPassword, CHANNEL, sid, new byte[0]));
            assertBothSidesReject(run);
        }
    }

    @Property(tries = 50, seed = CpaceVectors.SEED)
    void differentSessionIdsOrChannelsDoNotAgree(@ForAll("typedPasswords") String password, @ForAll boolean changeSid)
            throws Exception {
        CpaceSessionId sid = CpaceSessionId.random();
        CpaceSessionId otherSid = changeSid ? CpaceSessionId.random() : sid;
        CpaceChannelId otherChannel = changeSid ? CHANNEL
                : CpaceChannelId.forParties("sealroom joiner", "sealroom host of meeting 123-456-780");
        try (PasswordSecret joinerPassword = PasswordSecret.fromTypedPassword(password);
                PasswordSecret hostPassword = PasswordSecret.fromTypedPassword(password)) {
            ExchangeRun run = ExchangeRun.honest(
                    new ExchangeRun.Side(joinerPassword, CHANNEL, sid, new byte[0]),
                    new ExchangeRun.Side(hostPassword, otherChannel, otherSid, new byte[0]));
            assertBothSidesReject(run);
        }
    }

    @Property(tries = 100, seed = CpaceVectors.SEED)
    void anyBitFlipInTransitIsDetectedByBothSides(@ForAll("typedPasswords") String password,
            @ForAll @IntRange(min = 0, max = 8 * 35 - 1) int bit, @ForAll boolean towardsResponder)
            throws Exception {
        CpaceSessionId sid = CpaceSessionId.random();
        try (PasswordSecret joinerPassword = PasswordSecret.fromTypedPassword(password);
                PasswordSecret hostPassword = PasswordSecret.fromTypedPassword(password)) {
            ExchangeRun.Side joiner = new ExchangeRun.Side(joinerPassword, CHANNEL, sid, new byte[] {'v', '1', 'a'});
            ExchangeRun.Side host = new ExchangeRun.Side(hostPassword, CHANNEL, sid, new byte[] {'v', '1', 'b'});
            UnaryOperator<byte[]> relay = message -> flipShareOrDataBit(message, bit);
            ExchangeRun run = towardsResponder
                    ? ExchangeRun.through(joiner, host, relay, UnaryOperator.identity())
                    : ExchangeRun.through(joiner, host, UnaryOperator.identity(), relay);
            assertBothSidesReject(run);
        }
    }

    /**
     * Flips one of the 280 bits of the share (octets 1..32) or the 3-octet associated data (octets 34..36) of an
     * encoded message, leaving both length prefixes intact so that the message still parses.
     */
    private static byte[] flipShareOrDataBit(byte[] message, int bit) {
        int field = bit / 8;
        int index = field < CpaceMessage.PUBLIC_SHARE_LENGTH ? 1 + field : 2 + field;
        byte[] changed = message.clone();
        changed[index] ^= (byte) (1 << (bit % 8));
        return changed;
    }

    private static void assertBothSidesReject(ExchangeRun run) throws Exception {
        assertThat(run.initiatorKey().intermediateSessionKey())
                .isNotEqualTo(run.responderKey().intermediateSessionKey());
        CpaceConfirmationTag toInitiator = run.tagForInitiator();
        CpaceConfirmationTag toResponder = run.tagForResponder();
        assertThatThrownBy(() -> run.initiatorKey().verifyPeerConfirmation(toInitiator))
                .isInstanceOf(PakeConfirmationException.class);
        assertThatThrownBy(() -> run.responderKey().verifyPeerConfirmation(toResponder))
                .isInstanceOf(PakeConfirmationException.class);
        assertThat(run.initiatorKey().isDestroyed()).isTrue();
        assertThat(run.responderKey().isDestroyed()).isTrue();
    }

    @Provide
    Arbitrary<String> typedPasswords() {
        return Arbitraries.strings().alpha().numeric().withChars(" -_äöüßéñ€").ofMinLength(1).ofMaxLength(20);
    }

    @Provide
    Arbitrary<Tuple2<String, String>> distinctPasswordPairs() {
        Arbitrary<String> passwords = typedPasswords();
        Arbitrary<Tuple2<String, String>> unrelated = Combinators.combine(passwords, passwords).as(Tuple::of)
                .filter(pair -> !pair.get1().equals(pair.get2()));
        // Near misses too: one character more, as a mistyped password would be.
        Arbitrary<Tuple2<String, String>> nearMisses = Combinators.combine(passwords, Arbitraries.chars().alpha())
                .as((password, extra) -> Tuple.of(password, password + extra));
        return Arbitraries.oneOf(unrelated, nearMisses);
    }
}
