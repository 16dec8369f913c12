package org.sealroom.crypto.hpke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sealroom.crypto.testing.TestVectors.hex;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.bouncycastle.math.ec.rfc7748.X25519;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sealroom.crypto.internal.ByteWriter;
import org.sealroom.crypto.internal.Hkdf;
import org.sealroom.crypto.testing.TestVectors;

/**
 * RFC 9180 Appendix A.1 (DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM), modes base and auth, from the
 * data file. The KEM and key schedule are recomputed here from the RFC's definitions to check every intermediate
 * value; then {@link Hpke} must open the vectors' ciphertexts. Auth mode is tested from the receiver side, as
 * Bouncy Castle cannot fix the sender's ephemeral key in auth mode.
 */
class HpkeVectorTest {

    private static final byte[] KEM_SUITE = new ByteWriter().ascii("KEM").u16(0x0020).toByteArray();
    private static final byte[] HPKE_SUITE = new ByteWriter().ascii("HPKE").u16(0x0020).u16(1).u16(1).toByteArray();

    static Stream<Arguments> vectors() {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode v : TestVectors.load("hpke-rfc9180-x25519.json")) {
            int mode = v.get("mode").asInt();
            if (v.get("aead_id").asInt() == 1 && v.get("kdf_id").asInt() == 1 && (mode == 0 || mode == 2)) {
                out.add(Arguments.of(Named.of(mode == 0 ? "mode_base" : "mode_auth", v)));
            }
        }
        assertThat(out).hasSize(2);
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void keySchedulePartsMatchTheVector(JsonNode v) {
        boolean auth = v.get("mode").asInt() == 2;
        byte[] enc = hex(v, "enc");
        byte[] pkRm = hex(v, "pkRm");
        X25519KeyPair recipient = X25519KeyPair.fromPrivateKey(hex(v, "skRm"));
        assertThat(recipient.publicKey().encoded()).isEqualTo(pkRm);
        assertThat(publicOf(hex(v, "skEm"))).isEqualTo(hex(v, "pkEm")).isEqualTo(enc);

        byte[] dh = dh(hex(v, "skRm"), enc);
        assertThat(dh).isEqualTo(dh(hex(v, "skEm"), pkRm));
        byte[] kemContext = concat(enc, pkRm);
        if (auth) {
            byte[] pkSm = hex(v, "pkSm");
            assertThat(publicOf(hex(v, "skSm"))).isEqualTo(pkSm);
            dh = concat(dh, dh(hex(v, "skRm"), pkSm));
            kemContext = concat(kemContext, pkSm);
        }
        byte[] eaePrk = labeledExtract(KEM_SUITE, new byte[0], "eae_prk", dh);
        byte[] sharedSecret = labeledExpand(KEM_SUITE, eaePrk, "shared_secret", kemContext, 32);
        assertThat(sharedSecret).isEqualTo(hex(v, "shared_secret"));

        byte[] pskIdHash = labeledExtract(HPKE_SUITE, new byte[0], "psk_id_hash", new byte[0]);
        byte[] infoHash = labeledExtract(HPKE_SUITE, new byte[0], "info_hash", hex(v, "info"));
        byte[] context = concat(new byte[] {(byte) v.get("mode").asInt()}, concat(pskIdHash, infoHash));
        assertThat(context).isEqualTo(hex(v, "key_schedule_context"));
        byte[] secret = labeledExtract(HPKE_SUITE, sharedSecret, "secret", new byte[0]);
        assertThat(secret).isEqualTo(hex(v, "secret"));
        byte[] key = labeledExpand(HPKE_SUITE, secret, "key", context, 16);
        byte[] baseNonce = labeledExpand(HPKE_SUITE, secret, "base_nonce", context, 12);
        byte[] exporterSecret = labeledExpand(HPKE_SUITE, secret, "exp", context, 32);
        assertThat(key).isEqualTo(hex(v, "key"));
        assertThat(baseNonce).isEqualTo(hex(v, "base_nonce"));
        assertThat(exporterSecret).isEqualTo(hex(v, "exporter_secret"));

        int seq = 0;
        for (JsonNode e : v.get("encryptions")) {
            byte[] nonce = hex(e, "nonce");
            assertThat(nonce).isEqualTo(xorSequence(baseNonce, sequenceOf(v, seq++)));
            assertThat(aesGcmOpen(key, nonce, hex(e, "aad"), hex(e, "ct"))).isEqualTo(hex(e, "pt"));
        }
        for (JsonNode x : v.get("exports")) {
            byte[] exported = labeledExpand(HPKE_SUITE, exporterSecret, "sec", hex(x, "exporter_context"),
                    x.get("L").asInt());
            assertThat(exported).isEqualTo(hex(x, "exported_value"));
        }
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void hpkeOpensTheVectorCiphertext(JsonNode v) throws Exception {
        JsonNode first = v.get("encryptions").get(0);
        HpkeCiphertext ciphertext = new HpkeCiphertext(EncapsulatedKey.decode(hex(v, "enc")), hex(first, "ct"));
        X25519KeyPair recipient = X25519KeyPair.fromPrivateKey(hex(v, "skRm"));
        byte[] plaintext = v.get("mode").asInt() == 0
                ? Hpke.openBase(recipient, ciphertext, hex(v, "info"), hex(first, "aad"))
                : Hpke.openAuth(recipient, X25519PublicKey.decode(hex(v, "pkSm")), ciphertext, hex(v, "info"),
                        hex(first, "aad"));
        assertThat(plaintext).isEqualTo(hex(first, "pt"));
        assertThat(HpkeCiphertext.decode(ciphertext.encode())).isEqualTo(ciphertext);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void bouncyCastleSenderReproducesBaseModeWithTheVectorEphemeralKey(JsonNode v) throws Exception {
        if (v.get("mode").asInt() != 0) {
            return; // no sender-side auth setup with a fixed ephemeral key in Bouncy Castle (see README)
        }
        HPKE hpke = new HPKE(HPKE.mode_base, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM128);
        // DeriveKeyPair (RFC 9180 section 7.1.3); Bouncy Castle stores the private key clamped, so compare publics.
        assertThat(hpke.serializePublicKey(hpke.deriveKeyPair(hex(v, "ikmR")).getPublic()))
                .isEqualTo(hex(v, "pkRm"));
        HPKEContextWithEncapsulation sender = hpke.setupBaseS(new X25519PublicKeyParameters(hex(v, "pkRm")),
                hex(v, "info"), hpke.deriveKeyPair(hex(v, "ikmE")));
        assertThat(sender.getEncapsulation()).isEqualTo(hex(v, "enc"));
        JsonNode first = v.get("encryptions").get(0);
        assertThat(sender.seal(hex(first, "aad"), hex(first, "pt"))).isEqualTo(hex(first, "ct"));
    }

    /** Sequence numbers of the vector's encryptions, as the file lists them (0, 1, 2, 4, 255, 256). */
    private static long sequenceOf(JsonNode v, int index) {
        long[] sequence = {0, 1, 2, 4, 255, 256};
        assertThat(v.get("encryptions").size()).isEqualTo(sequence.length);
        return sequence[index];
    }

    private static byte[] labeledExtract(byte[] suite, byte[] salt, String label, byte[] ikm) {
        byte[] labeled = new ByteWriter().ascii("HPKE-v1").bytes(suite).ascii(label).bytes(ikm).toByteArray();
        return Hkdf.extract(Hkdf.Hash.SHA256, salt, labeled);
    }

    private static byte[] labeledExpand(byte[] suite, byte[] prk, String label, byte[] info, int length) {
        byte[] labeled = new ByteWriter().u16(length).ascii("HPKE-v1").bytes(suite).ascii(label).bytes(info)
                .toByteArray();
        return Hkdf.expand(Hkdf.Hash.SHA256, prk, labeled, length);
    }

    private static byte[] dh(byte[] privateKey, byte[] publicKey) {
        byte[] out = new byte[32];
        X25519.scalarMult(privateKey, 0, publicKey, 0, out, 0);
        return out;
    }

    private static byte[] publicOf(byte[] privateKey) {
        byte[] out = new byte[32];
        X25519.generatePublicKey(privateKey, 0, out, 0);
        return out;
    }

    private static byte[] xorSequence(byte[] baseNonce, long seq) {
        byte[] nonce = baseNonce.clone();
        for (int i = 0; i < 8; i++) {
            nonce[nonce.length - 1 - i] ^= (byte) (seq >>> (8 * i));
        }
        return nonce;
    }

    private static byte[] aesGcmOpen(byte[] key, byte[] nonce, byte[] aad, byte[] ct) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(ct);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
