package org.sealroom.crypto.identity;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import org.sealroom.crypto.MalformedDataException;
import org.sealroom.crypto.internal.ByteWriter;
import org.sealroom.crypto.internal.DecimalGroups;
import org.sealroom.crypto.internal.Jca;

/**
 * The fingerprint of an identity key: {@code SHA-256("Sealroom v1 identity fingerprint" | public key)}. People
 * compare its {@link #safetyNumber()}; join links carry its {@link #compact()} form after the {@code #}.
 */
public final class Fingerprint {

    public static final int LENGTH = 32;
    /** Characters of {@link #compact()}: 32 bytes in unpadded base64url. */
    public static final int COMPACT_LENGTH = 43;

    private static final byte[] LABEL = new ByteWriter().ascii("Sealroom v1 identity fingerprint").toByteArray();
    private static final int SAFETY_NUMBER_GROUPS = 12;

    private final byte[] digest;

    private Fingerprint(byte[] digest) {
        this.digest = digest;
    }

    static Fingerprint of(IdentityPublicKey key) {
        return new Fingerprint(digestOf(key));
    }

    /**
     * Parses the compact form from a link.
     *
     * @throws MalformedDataException unless the text is exactly 43 characters of canonical base64url
     */
    public static Fingerprint parseCompact(String compact) throws MalformedDataException {
        if (compact == null || compact.length() != COMPACT_LENGTH) {
            throw new MalformedDataException("fingerprint must be " + COMPACT_LENGTH + " base64url characters");
        }
        byte[] decoded;
        try {
            decoded = Base64.getUrlDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            throw new MalformedDataException("fingerprint is not base64url", e);
        }
        Fingerprint fingerprint = new Fingerprint(decoded);
        if (decoded.length != LENGTH || !fingerprint.compact().equals(compact)) {
            throw new MalformedDataException("fingerprint is not canonical base64url");
        }
        return fingerprint;
    }

    /** Sixty digits in twelve groups of five, e.g. {@code "01234 56789 ..."}, read aloud to compare. */
    public String safetyNumber() {
        return DecimalGroups.render(digest, SAFETY_NUMBER_GROUPS);
    }

    /** The URL-safe form for links: unpadded base64url, {@value #COMPACT_LENGTH} characters. */
    public String compact() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    /** Whether {@code key} has this fingerprint; compares in constant time. */
    public boolean matches(IdentityPublicKey key) {
        return MessageDigest.isEqual(digest, digestOf(key));
    }

    private static byte[] digestOf(IdentityPublicKey key) {
        MessageDigest sha256 = Jca.digest("SHA-256");
        sha256.update(LABEL);
        sha256.update(key.raw());
        return sha256.digest();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint that && MessageDigest.isEqual(digest, that.digest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + compact() + "]";
    }
}
