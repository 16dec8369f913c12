package org.sealroom.crypto.epoch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sealroom.crypto.InsecureSecretKeyAccess;
import org.sealroom.crypto.MalformedDataException;

class KeyScheduleTest {

    @Test
    void kidLayoutFollowsRfc9605SectionFiveTwo() throws Exception {
        // KID = context << 20 | senderIndex << 4 | epoch mod 16
        assertThat(KeyId.of(new Epoch(14), 3, StreamKind.AUDIO).value()).isEqualTo(0x3e);
        assertThat(KeyId.of(new Epoch(15), 20, StreamKind.AUDIO).value()).isEqualTo(0x14f);
        assertThat(KeyId.of(new Epoch(16), 2, StreamKind.SCREEN).value()).isEqualTo(0x200020);
        assertThat(KeyId.parse(0x3ffff7L)).isEqualTo(new KeyId(7, 0xffff, StreamKind.DATA));
        assertThatThrownBy(() -> KeyId.parse(1L << 22)).isInstanceOf(MalformedDataException.class);
        assertThatThrownBy(() -> KeyId.of(Epoch.FIRST, 1 << 16, StreamKind.AUDIO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everySenderStreamAndEpochGetsADistinctBaseKey() {
        MeetingKey meetingKey = MeetingKey.generate();
        Set<String> keys = new HashSet<>();
        for (long epoch = 0; epoch < 3; epoch++) {
            EpochKeys schedule = EpochKeys.derive(new Epoch(epoch), meetingKey);
            for (int sender = 0; sender < 4; sender++) {
                for (StreamKind stream : StreamKind.values()) {
                    keys.add(HexFormat.of().formatHex(
                            schedule.senderKey(sender, stream).copyMaterial(InsecureSecretKeyAccess.get())));
                }
            }
        }
        assertThat(keys).hasSize(3 * 4 * StreamKind.values().length);
    }

    @Test
    void derivationIsDeterministicSoAllMembersAgree() {
        MeetingKey meetingKey = MeetingKey.generate();
        MeetingKey copy = MeetingKey.fromBytes(meetingKey.copyMaterial(InsecureSecretKeyAccess.get()),
                InsecureSecretKeyAccess.get());
        byte[] a = EpochKeys.derive(new Epoch(9), meetingKey).senderKey(5, StreamKind.VIDEO)
                .copyMaterial(InsecureSecretKeyAccess.get());
        byte[] b = EpochKeys.derive(new Epoch(9), copy).senderKey(5, StreamKind.VIDEO)
                .copyMaterial(InsecureSecretKeyAccess.get());
        assertThat(a).isEqualTo(b).hasSize(EpochKeys.BASE_KEY_LENGTH);
        assertThat(copy.commitment()).isEqualTo(meetingKey.commitment());
    }

    @Test
    void commitmentRevealsNothingObviousAndDiffersPerKey() {
        MeetingKey key = MeetingKey.generate();
        byte[] secret = key.copyMaterial(InsecureSecretKeyAccess.get());
        KeyCommitment commitment = key.commitment();
        assertThat(commitment.bytes()).isNotEqualTo(secret).hasSize(KeyCommitment.LENGTH);
        assertThat(MeetingKey.generate().commitment()).isNotEqualTo(commitment);
        assertThat(key.toString()).doesNotContain(HexFormat.of().formatHex(secret));
    }

    @Test
    void destroyedKeysRefuseUse() {
        MeetingKey key = MeetingKey.generate();
        EpochKeys schedule = EpochKeys.derive(Epoch.FIRST, key);
        key.destroy();
        schedule.destroy();
        assertThatThrownBy(key::commitment).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> schedule.senderKey(0, StreamKind.AUDIO)).isInstanceOf(IllegalStateException.class);
        assertThat(schedule.toString()).contains("destroyed");
    }

    @Test
    void epochsOnlyGoForward() {
        assertThat(Epoch.FIRST.next()).isEqualTo(new Epoch(1));
        assertThat(new Epoch(2).isAfter(new Epoch(1))).isTrue();
        assertThatThrownBy(() -> new Epoch(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Epoch(Long.MAX_VALUE).next()).isInstanceOf(ArithmeticException.class);
    }
}
