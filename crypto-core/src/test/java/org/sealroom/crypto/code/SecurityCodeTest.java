package org.sealroom.crypto.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sealroom.crypto.epoch.Epoch;
import org.sealroom.crypto.epoch.KeyCommitment;
import org.sealroom.crypto.epoch.MeetingKey;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.crypto.identity.IdentityPublicKey;

class SecurityCodeTest {

    private final KeyCommitment commitment = MeetingKey.generate().commitment();
    private final Epoch epoch = new Epoch(12);
    private final List<IdentityPublicKey> roster = new ArrayList<>();

    SecurityCodeTest() {
        for (int i = 0; i < 6; i++) {
            roster.add(IdentityKeyPair.generate().publicKey());
        }
    }

    @Test
    void isSixGroupsOfFiveDigits() {
        assertThat(SecurityCode.compute(commitment, epoch, roster).digits()).matches("(\\d{5} ){5}\\d{5}");
    }

    @Test
    void everyHonestMemberGetsTheSameCodeWhateverTheRosterOrder() {
        SecurityCode expected = SecurityCode.compute(commitment, epoch, roster);
        Random random = new Random(6);
        for (int i = 0; i < 20; i++) {
            List<IdentityPublicKey> shuffled = new ArrayList<>(roster);
            Collections.shuffle(shuffled, random);
            assertThat(SecurityCode.compute(commitment, epoch, shuffled)).isEqualTo(expected);
        }
    }

    @Test
    void anyDifferenceInTheViewChangesTheCode() {
        SecurityCode expected = SecurityCode.compute(commitment, epoch, roster);
        assertThat(SecurityCode.compute(MeetingKey.generate().commitment(), epoch, roster)).isNotEqualTo(expected);
        assertThat(SecurityCode.compute(commitment, epoch.next(), roster)).isNotEqualTo(expected);

        List<IdentityPublicKey> added = new ArrayList<>(roster);
        added.add(IdentityKeyPair.generate().publicKey());
        assertThat(SecurityCode.compute(commitment, epoch, added)).isNotEqualTo(expected);

        List<IdentityPublicKey> dropped = new ArrayList<>(roster.subList(1, roster.size()));
        assertThat(SecurityCode.compute(commitment, epoch, dropped)).isNotEqualTo(expected);

        List<IdentityPublicKey> swapped = new ArrayList<>(roster);
        swapped.set(2, IdentityKeyPair.generate().publicKey());
        assertThat(SecurityCode.compute(commitment, epoch, swapped)).isNotEqualTo(expected);

        List<IdentityPublicKey> duplicated = new ArrayList<>(roster);
        duplicated.add(roster.get(0));
        assertThat(SecurityCode.compute(commitment, epoch, duplicated)).isNotEqualTo(expected);
    }
}
