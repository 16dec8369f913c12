package org.sealroom.crypto.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.crypto.KeyFileException;
import org.sealroom.crypto.KeyFileException.Reason;

class IdentityKeyFileTest {

    /** Cheap Argon2 costs so the suite stays fast; production uses {@link KeyFileParameters#RECOMMENDED}. */
    static final KeyFileParameters FAST = new KeyFileParameters(64, 1, 1);

    @TempDir
    Path directory;

    private final char[] passphrase = "correct horse battery staple".toCharArray();

    @Test
    void savesOwnerOnlyAndLoadsTheSameKey() throws Exception {
        IdentityKeyPair pair = IdentityKeyPair.generate();
        Path file = directory.resolve("identity.key");
        IdentityKeyFile.save(file, pair, passphrase, FAST);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.size(file)).isEqualTo(IdentityKeyFile.FILE_LENGTH);
        try (IdentityKeyPair loaded = IdentityKeyFile.load(file, passphrase)) {
            assertThat(loaded.publicKey()).isEqualTo(pair.publicKey());
            loaded.publicKey().verify(new byte[] {1}, loaded.sign(new byte[] {1}));
        }
        assertThat(Files.list(directory)).containsExactly(file);
    }

    @Test
    void recommendedParametersWork() throws Exception {
        IdentityKeyPair pair = IdentityKeyPair.generate();
        Path file = directory.resolve("strong.key");
        IdentityKeyFile.save(file, pair, passphrase);
        assertThat(IdentityKeyFile.load(file, passphrase).publicKey()).isEqualTo(pair.publicKey());
    }

    @Test
    void wrongPassphraseFailsClearlyAndLeavesTheFileAlone() throws Exception {
        Path file = savedKeyFile();
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> IdentityKeyFile.load(file, "Correct horse battery staple".toCharArray()))
                .isInstanceOfSatisfying(KeyFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSPHRASE_OR_TAMPERED))
                .hasMessageContaining("wrong passphrase");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void everyTamperedByteIsRejectedAndNeverOverwritten() throws Exception {
        Path file = savedKeyFile();
        byte[] original = Files.readAllBytes(file);
        for (int i = 0; i < original.length; i++) {
            byte[] tampered = original.clone();
            tampered[i] ^= 0x01;
            Files.write(file, tampered);
            assertThatThrownBy(() -> IdentityKeyFile.load(file, passphrase)).isInstanceOf(KeyFileException.class);
            assertThat(Files.readAllBytes(file)).isEqualTo(tampered);
        }
    }

    @Test
    void truncatedOversizedForeignAndFutureFilesAreNamedAsSuch() throws Exception {
        Path file = savedKeyFile();
        byte[] original = Files.readAllBytes(file);

        assertReason(file, Arrays.copyOf(original, original.length - 1), Reason.MALFORMED);
        assertReason(file, Arrays.copyOf(original, original.length + 1), Reason.MALFORMED);
        assertReason(file, new byte[0], Reason.MALFORMED);
        assertReason(file, "-----BEGIN PRIVATE KEY-----".getBytes(), Reason.MALFORMED);
        byte[] future = original.clone();
        future[4] = 2;
        assertReason(file, future, Reason.UNSUPPORTED_VERSION);
        byte[] hostile = original.clone();
        hostile[5] = (byte) 0x7F; // memory far above the ceiling: refused before any Argon2 work
        assertReason(file, hostile, Reason.MALFORMED);
        assertThatThrownBy(() -> IdentityKeyFile.load(directory.resolve("missing.key"), passphrase))
                .isInstanceOfSatisfying(KeyFileException.class, e -> assertThat(e.reason()).isEqualTo(Reason.IO));
    }

    @Test
    void saveReplacesAnExistingFileAtomically() throws Exception {
        Path file = directory.resolve("identity.key");
        IdentityKeyFile.save(file, IdentityKeyPair.generate(), passphrase, FAST);
        IdentityKeyPair second = IdentityKeyPair.generate();
        IdentityKeyFile.save(file, second, "new passphrase".toCharArray(), FAST);
        assertThat(IdentityKeyFile.load(file, "new passphrase".toCharArray()).publicKey())
                .isEqualTo(second.publicKey());
        assertThat(Files.list(directory)).containsExactly(file);
    }

    @Test
    void saveFailureLeavesTheOldFileAndReportsIo() throws Exception {
        Path blocker = directory.resolve("not-a-directory");
        Files.writeString(blocker, "x");
        assertThatThrownBy(() -> IdentityKeyFile.save(blocker.resolve("identity.key"), IdentityKeyPair.generate(),
                passphrase, FAST))
                .isInstanceOfSatisfying(KeyFileException.class, e -> assertThat(e.reason()).isEqualTo(Reason.IO));
        assertThat(Files.readString(blocker)).isEqualTo("x");
    }

    @Test
    void parametersAreBounded() {
        assertThatThrownBy(() -> new KeyFileParameters(4, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyFileParameters(KeyFileParameters.MAX_MEMORY_KIB + 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyFileParameters(64, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdentityKeyFile.save(directory.resolve("k"), IdentityKeyPair.generate(),
                new char[0], FAST)).isInstanceOf(IllegalArgumentException.class);
    }

    private Path savedKeyFile() throws Exception {
        Path file = directory.resolve("identity.key");
        IdentityKeyFile.save(file, IdentityKeyPair.generate(), passphrase, FAST);
        return file;
    }

    private void assertReason(Path file, byte[] contents, Reason reason) throws Exception {
        Files.write(file, contents);
        assertThatThrownBy(() -> IdentityKeyFile.load(file, passphrase))
                .isInstanceOfSatisfying(KeyFileException.class, e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(Files.readAllBytes(file)).isEqualTo(contents);
    }
}
