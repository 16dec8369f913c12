package org.sealroom.crypto.pake;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;
import java.util.Objects;
import javax.security.auth.Destroyable;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.sealroom.crypto.internal.Hkdf;

/**
 * The result of a CPace exchange: the intermediate session key ISK (draft-irtf-cfrg-cpace-21, Section 7.2) and the
 * explicit key confirmation of Section 10.4.
 *
 * <p>Send {@link #confirmationTag()} to the peer and check the peer's with {@link #verifyPeerConfirmation}. Keys come
 * out only after that check has passed ({@link #deriveKey}), so a wrong password can never produce a key that is used:
 * it surfaces as a {@link PakeConfirmationException} on both sides. Not safe for concurrent use.
 */
public final class CpaceSharedKey implements Destroyable, AutoCloseable {

    /** The HKDF-Expand info prefix that separates Sealroom's keys from any other use of an ISK. */
    static final byte[] KEY_DERIVATION_CONTEXT = "SealroomCPace-v1".getBytes(US_ASCII);
    /** Shortest derivable key (octets). */
    public static final int MIN_KEY_LENGTH = 16;
    /** Longest derivable key: the HKDF-Expand limit for SHA-512, 255 * 64 octets (RFC 5869, Section 2.3). */
    public static final int MAX_KEY_LENGTH = 255 * CpaceX25519.HASH_OUTPUT_BYTES;
    /** Longest key label, in UTF-8 octets. */
    public static final int MAX_LABEL_OCTETS = 255;

    private static final byte[] MAC_KEY_PREFIX = "CPaceMac".getBytes(US_ASCII);

    private final CpaceRole role;
    private final byte[] isk;
    private final CpaceConfirmationTag ownTag;
    private final CpaceConfirmationTag expectedPeerTag;
    private boolean peerConfirmed;
    private boolean destroyed;

    CpaceSharedKey(CpaceRole role, byte[] sessionId, byte[] isk, CpaceMessage own, CpaceMessage peer) {
        this.role = role;
        this.isk = isk;
        byte[] macKey = CpaceX25519.sha512(MAC_KEY_PREFIX, sessionId, isk);
        this.ownTag = new CpaceConfirmationTag(hmacSha512(macKey, own.encode()));
        this.expectedPeerTag = new CpaceConfirmationTag(hmacSha512(macKey, peer.encode()));
        Arrays.fill(macKey, (byte) 0);
    }

    /** This side's role in the exchange. */
    public CpaceRole role() {
        return role;
    }

    /** The tag to send to the peer: Ta for the initiator, Tb for the responder (Section 10.4). */
    public CpaceConfirmationTag confirmationTag() {
        checkNotDestroyed();
        return ownTag;
    }

    /**
     * Checks the peer's tag in constant time. On a mismatch the key is destroyed and the attempt is over: the meeting
     * layer counts it as one failed password guess.
     *
     * @throws PakeConfirmationException if the tag does not match (wrong password, or a message was changed)
     */
    public void verifyPeerConfirmation(CpaceConfirmationTag peerTag) throws PakeConfirmationException {
        Objects.requireNonNull(peerTag, "peerTag");
        checkNotDestroyed();
        if (!expectedPeerTag.equals(peerTag)) {
            destroy();
            throw new PakeConfirmationException(
                    "CPace key confirmation failed: the peer used a different password or the exchange was altered");
        }
        peerConfirmed = true;
    }

    /** Whether {@link #verifyPeerConfirmation} has accepted the peer's tag. */
    public boolean isPeerConfirmed() {
        return peerConfirmed;
    }

    /**
     * Derives a key for one purpose: HKDF-Expand (RFC 5869, Section 2.3) with SHA-512, PRK = ISK (already a uniformly
     * random 64-octet hash output, so HKDF-Extract is skipped as Section 3.3 allows) and
     * info = lv_cat(b"SealroomCPace-v1", UTF-8(label), I2OSP(length, 2)). Distinct labels or lengths give independent
     * keys.
     *
     * @throws IllegalStateException if the peer's confirmation tag has not been verified, or the key is destroyed
     * @throws IllegalArgumentException if the label is empty or longer than {@link #MAX_LABEL_OCTETS} octets, or the
     *     length is outside [{@link #MIN_KEY_LENGTH}, {@link #MAX_KEY_LENGTH}]
     */
    public CpaceDerivedKey deriveKey(String label, int lengthOctets) {
        byte[] labelOctets = Objects.requireNonNull(label, "label").getBytes(UTF_8);
        if (labelOctets.length == 0 || labelOctets.length > MAX_LABEL_OCTETS) {
            throw new IllegalArgumentException("key label must be 1 to " + MAX_LABEL_OCTETS + " octets");
        }
        if (lengthOctets < MIN_KEY_LENGTH || lengthOctets > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("key length must be " + MIN_KEY_LENGTH + " to " + MAX_KEY_LENGTH
                    + " octets, got " + lengthOctets);
        }
        checkNotDestroyed();
        if (!peerConfirmed) {
            throw new IllegalStateException("verify the peer's confirmation tag before deriving keys");
        }
        byte[] length = {(byte) (lengthOctets >>> 8), (byte) lengthOctets};
        byte[] info = LengthValue.lvCat(KEY_DERIVATION_CONTEXT, labelOctets, length);
        return new CpaceDerivedKey(label, Hkdf.expand(Hkdf.Hash.SHA512, isk, info, lengthOctets));
    }

    /** ISK itself, for the conformance test only: the protocol exposes keys through {@link #deriveKey}. */
    byte[] intermediateSessionKey() {
        checkNotDestroyed();
        return isk.clone();
    }

    private static byte[] hmacSha512(byte[] key, byte[] message) {
        HMac mac = new HMac(new SHA512Digest());
        mac.init(new KeyParameter(key));
        mac.update(message, 0, message.length);
        byte[] tag = new byte[mac.getMacSize()];
        mac.doFinal(tag, 0);
        return tag;
    }

    private void checkNotDestroyed() {
        if (destroyed) {
            throw new IllegalStateException("CpaceSharedKey has been destroyed");
        }
    }

    @Override
    public void destroy() {
        Arrays.fill(isk, (byte) 0);
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public void close() {
        destroy();
    }

    @Override
    public String toString() {
        return "CpaceSharedKey[role=" + role + ", peerConfirmed=" + peerConfirmed
                + (destroyed ? ", destroyed" : "") + "]";
    }
}
