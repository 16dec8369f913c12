package org.sealroom.crypto.meeting;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.sealroom.crypto.AuthenticationFailedException;
import org.sealroom.crypto.InsecureSecretKeyAccess;
import org.sealroom.crypto.MalformedDataException;
import org.sealroom.crypto.SecretKeyMaterial;
import org.sealroom.crypto.internal.Hkdf;
import org.sealroom.crypto.internal.Jca;
import org.sealroom.crypto.internal.Randomness;

/**
 * The meeting secret {@code S} carried in the join link's fragment (docs/protocol.md section 1): 128 random bits
 * from which everything a link holder proves or opens is derived with HKDF-SHA256 (salt {@code "sealroom v1"}).
 * The relay sees only a hash of the derived {@link #admissionToken()}, from which nothing can be guessed.
 */
public final class MeetingSecret extends SecretKeyMaterial {

    public static final int LENGTH = 16;

    private static final byte[] SALT = ascii("sealroom v1");
    private static final byte[] ADMISSION_LABEL = ascii("sealroom admission token");
    private static final byte[] ANNOUNCE_LABEL = ascii("sealroom announce key");
    private static final byte[] PROOF_LABEL = ascii("sealroom join proof");
    private static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;

    private MeetingSecret(byte[] material) {
        super(material);
    }

    public static MeetingSecret generate() {
        return new MeetingSecret(Randomness.bytes(LENGTH));
    }

    /** Parses the link form (base64url without padding) of a secret. */
    public static MeetingSecret fromLinkForm(String text) throws MalformedDataException {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedDataException("meeting secret is not base64url");
        }
        if (bytes.length != LENGTH) {
            throw new MalformedDataException("meeting secret must be " + LENGTH + " bytes, got " + bytes.length);
        }
        return new MeetingSecret(bytes);
    }

    /** The link form of this secret: it belongs in a link's fragment and nowhere else. */
    public String toLinkForm(InsecureSecretKeyAccess access) {
        byte[] copy = copyMaterial(access);
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(copy);
        } finally {
            Arrays.fill(copy, (byte) 0);
        }
    }

    /** The admission token presented to the relay (base64url, 32 bytes of HKDF output). */
    public String admissionToken() {
        byte[] token = derive(ADMISSION_LABEL, 32);
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        } finally {
            Arrays.fill(token, (byte) 0);
        }
    }

    /** AES-128-GCM under the announce key with a fresh random nonce: {@code nonce ‖ ciphertext ‖ tag}. */
    public byte[] sealAnnouncement(byte[] plaintext, byte[] aad) {
        byte[] nonce = Randomness.bytes(NONCE_LENGTH);
        Cipher cipher = announceCipher(Cipher.ENCRYPT_MODE, nonce, aad);
        try {
            byte[] out = Arrays.copyOf(nonce, NONCE_LENGTH + cipher.getOutputSize(plaintext.length));
            cipher.doFinal(plaintext, 0, plaintext.length, out, NONCE_LENGTH);
            return out;
        } catch (GeneralSecurityException e) {
            throw Jca.missing("AES-GCM", e);
        }
    }

    /** Opens what {@link #sealAnnouncement} made; anything else fails authentication. */
    public byte[] openAnnouncement(byte[] sealed, byte[] aad) throws MalformedDataException,
            AuthenticationFailedException {
        if (sealed.length < NONCE_LENGTH + TAG_BITS / 8) {
            throw new MalformedDataException("announcement too short: " + sealed.length + " bytes");
        }
        Cipher cipher = announceCipher(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, NONCE_LENGTH), aad);
        try {
            return cipher.doFinal(sealed, NONCE_LENGTH, sealed.length - NONCE_LENGTH);
        } catch (AEADBadTagException e) {
            throw new AuthenticationFailedException("announcement does not open under this meeting's secret");
        } catch (GeneralSecurityException e) {
            throw Jca.missing("AES-GCM", e);
        }
    }

    /** HMAC-SHA256 under the join-proof key: shows the host that a joiner holds the link. */
    public byte[] joinProof(byte[] transcript) {
        byte[] key = derive(PROOF_LABEL, 32);
        try {
            Mac mac = Jca.mac("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(transcript);
        } catch (GeneralSecurityException e) {
            throw Jca.missing("HmacSHA256", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Checks a joiner's proof in constant time. */
    public void verifyJoinProof(byte[] transcript, byte[] proof) throws AuthenticationFailedException {
        if (!MessageDigest.isEqual(joinProof(transcript), proof)) {
            throw new AuthenticationFailedException("join proof does not match this meeting's secret");
        }
    }

    private Cipher announceCipher(int mode, byte[] nonce, byte[] aad) {
        byte[] key = derive(ANNOUNCE_LABEL, 16);
        try {
            Cipher cipher = Jca.cipher("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            return cipher;
        } catch (GeneralSecurityException e) {
            throw Jca.missing("AES-GCM", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private byte[] derive(byte[] label, int length) {
        return Hkdf.derive(Hkdf.Hash.SHA256, SALT, material(), label, length);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
