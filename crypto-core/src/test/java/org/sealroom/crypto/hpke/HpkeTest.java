package org.sealroom.crypto.hpke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.sealroom.crypto.AuthenticationFailedException;
import org.sealroom.crypto.MalformedDataException;

class HpkeTest {

    private static final byte[] INFO = "Sealroom test info".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] AAD = {7, 7, 7};
    private static final byte[] MESSAGE = "a meeting key, or anything small".getBytes(StandardCharsets.US_ASCII);

    private final X25519KeyPair recipient = X25519KeyPair.generate();
    private final X25519KeyPair sender = X25519KeyPair.generate();

    @Test
    void baseModeRoundTripsAndIsRandomized() throws Exception {
        HpkeCiphertext first = Hpke.sealBase(recipient.publicKey(), INFO, AAD, MESSAGE);
        HpkeCiphertext second = Hpke.sealBase(recipient.publicKey(), INFO, AAD, MESSAGE);
        assertThat(first).isNotEqualTo(second);
        assertThat(first.ciphertext()).hasSize(MESSAGE.length + HpkeCiphertext.TAG_LENGTH);
        assertThat(Hpke.openBase(recipient, first, INFO, AAD)).isEqualTo(MESSAGE);
        assertThat(Hpke.openBase(recipient, HpkeCiphertext.decode(second.encode()), INFO, AAD)).isEqualTo(MESSAGE);
    }

    @Test
    void authModeRoundTripsOnlyWithTheRightSender() throws Exception {
        HpkeCiphertext sealed = Hpke.sealAuth(recipient.publicKey(), sender, INFO, AAD, MESSAGE);
        assertThat(Hpke.openAuth(recipient, sender.publicKey(), sealed, INFO, AAD)).isEqualTo(MESSAGE);
        X25519PublicKey impostor = X25519KeyPair.generate().publicKey();
        assertThatThrownBy(() -> Hpke.openAuth(recipient, impostor, sealed, INFO, AAD))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> Hpke.openBase(recipient, sealed, INFO, AAD))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void wrongInfoAadOrRecipientFails() throws Exception {
        HpkeCiphertext sealed = Hpke.sealBase(recipient.publicKey(), INFO, AAD, MESSAGE);
        assertThatThrownBy(() -> Hpke.openBase(recipient, sealed, "other".getBytes(), AAD))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> Hpke.openBase(recipient, sealed, INFO, new byte[0]))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> Hpke.openBase(X25519KeyPair.generate(), sealed, INFO, AAD))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void everyTamperedByteIsRejected() throws Exception {
        byte[] encoded = Hpke.sealAuth(recipient.publicKey(), sender, INFO, AAD, MESSAGE).encode();
        for (int i = 0; i < encoded.length; i++) {
            byte[] tampered = encoded.clone();
            tampered[i] ^= 0x01;
            HpkeCiphertext ciphertext = HpkeCiphertext.decode(tampered);
            assertThatThrownBy(() -> Hpke.openAuth(recipient, sender.publicKey(), ciphertext, INFO, AAD))
                    .isInstanceOfAny(AuthenticationFailedException.class, MalformedDataException.class);
        }
    }

    @Test
    void lowOrderKeysAreRefused() throws Exception {
        X25519PublicKey zero = X25519PublicKey.decode(new byte[32]);
        assertThatThrownBy(() -> Hpke.sealBase(zero, INFO, AAD, MESSAGE)).isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("low-order");
        HpkeCiphertext zeroEnc = new HpkeCiphertext(new EncapsulatedKey(new byte[32]), new byte[48]);
        assertThatThrownBy(() -> Hpke.openBase(recipient, zeroEnc, INFO, AAD))
                .isInstanceOf(MalformedDataException.class);
    }

    @Test
    void decodersRejectWrongLengths() {
        assertThatThrownBy(() -> X25519PublicKey.decode(new byte[31])).isInstanceOf(MalformedDataException.class);
        assertThatThrownBy(() -> X25519PublicKey.decode(null)).isInstanceOf(MalformedDataException.class);
        assertThatThrownBy(() -> EncapsulatedKey.decode(new byte[33])).isInstanceOf(MalformedDataException.class);
        assertThatThrownBy(() -> HpkeCiphertext.decode(new byte[47])).isInstanceOf(MalformedDataException.class);
        assertThatThrownBy(() -> HpkeCiphertext.decode(new byte[32 + 64 * 1024 + 1]))
                .isInstanceOf(MalformedDataException.class);
    }

    @Test
    void keyPairDestroyWipesAndNeverPrintsTheSecret() throws Exception {
        X25519KeyPair pair = X25519KeyPair.generate();
        byte[] secret = pair.copyMaterial(org.sealroom.crypto.InsecureSecretKeyAccess.get());
        assertThat(pair.toString()).doesNotContain(HexFormat.of().formatHex(secret)).contains("redacted");
        assertThat(X25519PublicKey.decode(pair.publicKey().encoded())).isEqualTo(pair.publicKey());
        pair.destroy();
        assertThatThrownBy(() -> Hpke.sealAuth(recipient.publicKey(), pair, INFO, AAD, MESSAGE))
                .isInstanceOf(IllegalStateException.class);
    }
}
