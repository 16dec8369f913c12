package org.sealroom.crypto.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sealroom.crypto.testing.TestVectors.hex;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.sealroom.crypto.AuthenticationFailedException;
import org.sealroom.crypto.InsecureSecretKeyAccess;
import org.sealroom.crypto.MalformedDataException;
import org.sealroom.crypto.testing.TestVectors;

class IdentityKeyPairTest {

    @Test
    void matchesRfc8032Vectors() throws Exception {
        for (JsonNode v : TestVectors.load("ed25519-rfc8032.json")) {
            IdentityKeyPair pair = IdentityKeyPair.fromSeed(hex(v, "secret_key"));
            assertThat(pair.publicKey().encoded()).as(v.get("name").asText()).isEqualTo(hex(v, "public_key"));
            Signature signature = pair.sign(hex(v, "message"));
            assertThat(signature.bytes()).isEqualTo(hex(v, "signature"));
            IdentityPublicKey.decode(hex(v, "public_key")).verify(hex(v, "message"),
                    Signature.decode(hex(v, "signature")));
        }
    }

    @Test
    void signaturesVerifyOnlyForTheSignedMessageAndKey() throws Exception {
        IdentityKeyPair alice = IdentityKeyPair.generate();
        byte[] message = "join room 42 as Alice".getBytes();
        Signature signature = alice.sign(message);
        alice.publicKey().verify(message, signature);

        byte[] other = "join room 43 as Alice".getBytes();
        assertThatThrownBy(() -> alice.publicKey().verify(other, signature))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> IdentityKeyPair.generate().publicKey().verify(message, signature))
                .isInstanceOf(AuthenticationFailedException.class);
        byte[] raw = signature.bytes();
        for (int i = 0; i < raw.length; i++) {
            byte[] tampered = raw.clone();
            tampered[i] ^= 0x04;
            Signature bad = Signature.decode(tampered);
            assertThatThrownBy(() -> alice.publicKey().verify(message, bad))
                    .isInstanceOf(AuthenticationFailedException.class);
        }
    }

    @Test
    void publicKeyDecodingRejectsWrongLengthAndInvalidPoints() throws Exception {
        assertThatThrownBy(() -> IdentityPublicKey.decode(new byte[31])).isInstanceOf(MalformedDataException.class);
        // y = 1 encodes the identity point, of small order: refused up front.
        byte[] identity = new byte[32];
        identity[0] = 1;
        assertThatThrownBy(() -> IdentityPublicKey.decode(identity)).isInstanceOf(MalformedDataException.class);
        // y = p (non-canonical) is refused too.
        byte[] nonCanonical = HexFormat.of().parseHex(
                "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
        assertThatThrownBy(() -> IdentityPublicKey.decode(nonCanonical)).isInstanceOf(MalformedDataException.class);
        IdentityPublicKey key = IdentityKeyPair.generate().publicKey();
        assertThat(IdentityPublicKey.decode(key.encoded())).isEqualTo(key);
        assertThatThrownBy(() -> Signature.decode(new byte[63])).isInstanceOf(MalformedDataException.class);
    }

    @Test
    void destroyWipesTheSeedAndToStringNeverShowsIt() {
        IdentityKeyPair pair = IdentityKeyPair.generate();
        String seedHex = HexFormat.of().formatHex(pair.copyMaterial(InsecureSecretKeyAccess.get()));
        assertThat(pair.toString()).doesNotContain(seedHex).contains("redacted");
        byte[] live = pair.seed();
        pair.close();
        assertThat(live).containsOnly(0);
        assertThat(pair.isDestroyed()).isTrue();
        assertThatThrownBy(() -> pair.sign(new byte[1])).isInstanceOf(IllegalStateException.class);
    }
}
