package org.sealroom.protocol.meeting;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.sealroom.crypto.InsecureSecretKeyAccess;
import org.sealroom.crypto.identity.Fingerprint;
import org.sealroom.crypto.meeting.MeetingSecret;
import org.sealroom.crypto.pake.CpaceDerivedKey;
import org.sealroom.crypto.pake.CpaceSharedKey;

/**
 * What a password joiner receives once CPace succeeded (docs/protocol.md 8.4): the meeting secret {@code S} and the
 * host's identity fingerprint, which stand in for the join link from then on. Sealed with AES-128-GCM under a key
 * derived from the confirmed CPace output, bound to the room and the joiner's participant id.
 */
public record PasswordGrant(MeetingSecret secret, Fingerprint host) {

    static final String KEY_LABEL = "sealroom password join grant";
    private static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String toString() {
        return "PasswordGrant[host=" + host.compact() + "]";
    }

    byte[] seal(CpaceSharedKey key, String roomId, int joinerId) {
        byte[] plaintext = new MessageWriter().ascii(secret.toLinkForm(InsecureSecretKeyAccess.get()))
                .ascii(".").ascii(host.compact()).toByteArray();
        byte[] nonce = new byte[NONCE_LENGTH];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, roomId, joinerId);
            byte[] out = Arrays.copyOf(nonce, NONCE_LENGTH + cipher.getOutputSize(plaintext.length));
            cipher.doFinal(plaintext, 0, plaintext.length, out, NONCE_LENGTH);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    static PasswordGrant open(byte[] sealed, CpaceSharedKey key, String roomId, int joinerId) {
        if (sealed.length < NONCE_LENGTH + TAG_BITS / 8) {
            throw new MalformedMeetingMessageException("password grant is truncated");
        }
        byte[] plaintext;
        try {
            plaintext = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(sealed, NONCE_LENGTH), roomId, joinerId)
                    .doFinal(sealed, NONCE_LENGTH, sealed.length - NONCE_LENGTH);
        } catch (AEADBadTagException e) {
            throw new MalformedMeetingMessageException("password grant fails authentication");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
        String text = new String(plaintext, StandardCharsets.US_ASCII);
        Arrays.fill(plaintext, (byte) 0);
        int dot = text.indexOf('.');
        if (dot < 0) {
            throw new MalformedMeetingMessageException("password grant is malformed");
        }
        String secretPart = text.substring(0, dot);
        String hostPart = text.substring(dot + 1);
        return new PasswordGrant(Decoding.checked(() -> MeetingSecret.fromLinkForm(secretPart)),
                Decoding.checked(() -> Fingerprint.parseCompact(hostPart)));
    }

    private static Cipher cipher(int mode, CpaceSharedKey key, byte[] nonce, String roomId, int joinerId)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        try (CpaceDerivedKey derived = key.deriveKey(KEY_LABEL, 16)) {
            cipher.init(mode, derived.toSecretKey("AES"), new GCMParameterSpec(TAG_BITS, nonce));
        }
        cipher.updateAAD(new MessageWriter().ascii("sealroom password grant").utf8(roomId).u32(joinerId)
                .toByteArray());
        return cipher;
    }
}
