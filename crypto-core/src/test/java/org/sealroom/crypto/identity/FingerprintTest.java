package org.sealroom.crypto.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sealroom.crypto.MalformedDataException;

class FingerprintTest {

    private final IdentityPublicKey key = IdentityKeyPair.generate().publicKey();

    @Test
    void safetyNumberIsTwelveGroupsOfFiveDigits() {
        String number = key.fingerprint().safetyNumber();
        assertThat(number).matches("(\\d{5} ){11}\\d{5}");
        assertThat(number).isEqualTo(key.fingerprint().safetyNumber());
        assertThat(IdentityKeyPair.generate().publicKey().fingerprint().safetyNumber()).isNotEqualTo(number);
    }

    @Test
    void compactFormRoundTripsAndIsUrlSafe() throws Exception {
        String compact = key.fingerprint().compact();
        assertThat(compact).hasSize(Fingerprint.COMPACT_LENGTH).matches("[A-Za-z0-9_-]+");
        Fingerprint parsed = Fingerprint.parseCompact(compact);
        assertThat(parsed).isEqualTo(key.fingerprint());
        assertThat(parsed.matches(key)).isTrue();
        assertThat(parsed.matches(IdentityKeyPair.generate().publicKey())).isFalse();
    }

    @Test
    void parseCompactRejectsAnythingButCanonicalBase64url() {
        String compact = key.fingerprint().compact();
        for (String bad : new String[] {"", compact.substring(1), compact + "A", compact.replace(compact.charAt(5), '+'),
                compact.substring(0, 42) + "=", compact.substring(0, 42) + "!"}) {
            assertThatThrownBy(() -> Fingerprint.parseCompact(bad)).isInstanceOf(MalformedDataException.class);
        }
        // The last character carries 4 padding bits that must be zero.
        char last = compact.charAt(42);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char sibling = alphabet.charAt(alphabet.indexOf(last) ^ 1);
        assertThatThrownBy(() -> Fingerprint.parseCompact(compact.substring(0, 42) + sibling))
                .isInstanceOf(MalformedDataException.class);
        assertThatThrownBy(() -> Fingerprint.parseCompact(null)).isInstanceOf(MalformedDataException.class);
    }
}
