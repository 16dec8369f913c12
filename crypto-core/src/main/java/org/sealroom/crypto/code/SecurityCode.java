package org.sealroom.crypto.code;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import org.sealroom.crypto.epoch.Epoch;
import org.sealroom.crypto.epoch.KeyCommitment;
import org.sealroom.crypto.identity.IdentityPublicKey;
import org.sealroom.crypto.internal.ByteWriter;
import org.sealroom.crypto.internal.DecimalGroups;
import org.sealroom.crypto.internal.Jca;

/**
 * The code members read to each other to confirm they share one meeting: six groups of five digits (about 100
 * bits) from {@code SHA-256("Sealroom v1 security code" | commitment | u64(epoch) | u32(n) | key_1 | ... | key_n)}
 * with the members' identity keys sorted bytewise, so every honest member computes the same code whatever order
 * they learned the roster in. A different key, epoch or roster (a member added, dropped or duplicated) changes it.
 *
 * @param digits the code, e.g. {@code "01234 56789 01234 56789 01234 56789"}
 */
public record SecurityCode(String digits) {

    private static final int GROUPS = 6;
    private static final byte[] LABEL = new ByteWriter().ascii("Sealroom v1 security code").toByteArray();

    public SecurityCode {
        Objects.requireNonNull(digits, "digits");
    }

    /** Computes the code for this epoch's key commitment and the roster of member identity keys. */
    public static SecurityCode compute(KeyCommitment commitment, Epoch epoch,
            Collection<IdentityPublicKey> roster) {
        byte[][] keys = roster.stream().map(IdentityPublicKey::encoded).toArray(byte[][]::new);
        Arrays.sort(keys, Arrays::compareUnsigned);
        MessageDigest sha256 = Jca.digest("SHA-256");
        sha256.update(LABEL);
        sha256.update(commitment.bytes());
        sha256.update(new ByteWriter().u64(epoch.value()).u32(keys.length).toByteArray());
        for (byte[] key : keys) {
            sha256.update(key);
        }
        return new SecurityCode(DecimalGroups.render(sha256.digest(), GROUPS));
    }

    @Override
    public String toString() {
        return digits;
    }
}
