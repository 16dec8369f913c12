package org.sealroom.crypto.sframe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sealroom.crypto.testing.TestVectors.hex;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sealroom.crypto.InsecureSecretKeyAccess;
import org.sealroom.crypto.internal.Hkdf;
import org.sealroom.crypto.testing.TestVectors;

/** Every vector of RFC 9605 Appendix C, from the working group's JSON file, checking intermediate values. */
class SFrameVectorTest {

    private static final JsonNode VECTORS = TestVectors.load("sframe-rfc9605.json");

    static Stream<Arguments> headerVectors() {
        return named(VECTORS.get("header"), v -> "kid=" + v.get("kid").asText() + " ctr=" + v.get("ctr").asText());
    }

    static Stream<Arguments> aesCtrHmacVectors() {
        return named(VECTORS.get("aes_ctr_hmac"), v -> "suite " + v.get("cipher_suite").asInt());
    }

    static Stream<Arguments> sframeVectors() {
        return named(VECTORS.get("sframe"), v -> "suite " + v.get("cipher_suite").asInt());
    }

    @ParameterizedTest
    @MethodSource("headerVectors")
    void encodesAndDecodesHeader(JsonNode vector) throws Exception {
        long kid = unsigned(vector, "kid");
        long ctr = unsigned(vector, "ctr");
        byte[] encoded = hex(vector, "encoded");

        assertThat(new SFrameHeader(kid, ctr).encode()).isEqualTo(encoded);
        ByteBuffer in = ByteBuffer.wrap(encoded);
        assertThat(SFrameHeader.decode(in)).isEqualTo(new SFrameHeader(kid, ctr));
        assertThat(in.remaining()).isZero();
    }

    @ParameterizedTest
    @MethodSource("aesCtrHmacVectors")
    void aesCtrHmacMatchesRawAeadVector(JsonNode vector) throws Exception {
        CipherSuite suite = CipherSuite.fromId(vector.get("cipher_suite").asInt());
        byte[] nonce = hex(vector, "nonce");
        // CTR 0 makes the nonce equal the salt, so the SFrame nonce rule reproduces the raw AEAD nonce.
        SFrameKey key = SFrameKey.fromKeyAndSalt(suite, 0, hex(vector, "key"), nonce);
        assertThat(key.encryptionKey().getEncoded()).isEqualTo(hex(vector, "enc_key"));
        assertThat(key.authenticationKey().getEncoded()).isEqualTo(hex(vector, "auth_key"));

        byte[] aad = hex(vector, "aad");
        byte[] pt = hex(vector, "pt");
        byte[] ct = hex(vector, "ct");
        ByteBuffer out = ByteBuffer.allocate(ct.length);
        FrameCipher cipher = FrameCipher.forSuite(suite);
        cipher.seal(key, 0, out, 0, 0, ByteBuffer.wrap(aad), ByteBuffer.wrap(pt), FrameScratch.get());
        assertThat(out.array()).isEqualTo(ct);

        ByteBuffer plain = ByteBuffer.allocate(pt.length);
        cipher.open(key, 0, ByteBuffer.wrap(ct), 0, 0, ByteBuffer.wrap(aad), plain, FrameScratch.get());
        assertThat(plain.array()).isEqualTo(pt);
    }

    @ParameterizedTest
    @MethodSource("sframeVectors")
    void protectMatchesSFrameVector(JsonNode vector) throws Exception {
        CipherSuite suite = CipherSuite.fromId(vector.get("cipher_suite").asInt());
        long kid = unsigned(vector, "kid");
        long ctr = unsigned(vector, "ctr");
        byte[] baseKey = hex(vector, "base_key");

        assertThat(SFrameKey.keyLabel(kid, suite)).isEqualTo(hex(vector, "sframe_key_label"));
        assertThat(SFrameKey.saltLabel(kid, suite)).isEqualTo(hex(vector, "sframe_salt_label"));
        assertThat(Hkdf.extract(suite.hash(), new byte[0], baseKey)).isEqualTo(hex(vector, "sframe_secret"));

        SFrameKey key = SFrameKey.derive(suite, kid,
                SFrameBaseKey.fromBytes(baseKey, InsecureSecretKeyAccess.get()));
        assertThat(key.sframeKey()).isEqualTo(hex(vector, "sframe_key"));
        assertThat(key.sframeSalt()).isEqualTo(hex(vector, "sframe_salt"));
        byte[] nonce = new byte[suite.nn()];
        key.nonce(ctr, nonce);
        assertThat(nonce).isEqualTo(hex(vector, "nonce"));

        byte[] metadata = hex(vector, "metadata");
        byte[] header = new SFrameHeader(kid, ctr).encode();
        assertThat(concat(header, metadata)).isEqualTo(hex(vector, "aad"));

        byte[] pt = hex(vector, "pt");
        byte[] ct = hex(vector, "ct");
        SFrameSender sender = new SFrameSender(key, ctr, SFrameSender.COUNTER_LIMIT);
        ByteBuffer out = ByteBuffer.allocate(ct.length);
        int written = sender.protect(ByteBuffer.wrap(pt), ByteBuffer.wrap(metadata), out);
        assertThat(written).isEqualTo(ct.length);
        assertThat(out.array()).isEqualTo(ct);

        SFrameReceiver receiver = new SFrameReceiver(
                k -> new ReceiveKey(key, new ReplayWindow()));
        ByteBuffer plain = ByteBuffer.allocate(pt.length);
        assertThat(receiver.unprotect(ByteBuffer.wrap(ct), ByteBuffer.wrap(metadata), plain)).isEqualTo(kid);
        assertThat(plain.array()).isEqualTo(pt);
    }

    private static long unsigned(JsonNode vector, String field) {
        return vector.get(field).bigIntegerValue().longValue();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static Stream<Arguments> named(JsonNode array, java.util.function.Function<JsonNode, String> name) {
        List<Arguments> out = new ArrayList<>();
        array.forEach(v -> out.add(Arguments.of(Named.of(name.apply(v), v))));
        assertThat(out).isNotEmpty();
        return out.stream();
    }
}
