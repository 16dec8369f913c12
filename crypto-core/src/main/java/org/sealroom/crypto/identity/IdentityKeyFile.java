package org.sealroom.crypto.identity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.sealroom.crypto.KeyFileException;
import org.sealroom.crypto.KeyFileException.Reason;
import org.sealroom.crypto.internal.ByteWriter;
import org.sealroom.crypto.internal.Jca;
import org.sealroom.crypto.internal.Randomness;
import org.sealroom.crypto.internal.RawSecretKey;

/**
 * The identity key file: the Ed25519 seed encrypted with AES-256-GCM under a key derived from the passphrase with
 * Argon2id (RFC 9106). Layout (big-endian), documented in {@code docs/crypto.md}:
 *
 * <pre>
 * "SRID" | version u8 = 1 | memoryKiB u32 | iterations u32 | parallelism u8 | salt[16] | nonce[12]
 *        | AES-256-GCM(seed[32]) with tag[16], AAD = every byte before the ciphertext
 * </pre>
 *
 * <p>Saving writes a fresh file next to the target with mode 600 and renames it over the target atomically.
 * Loading never writes; a wrong passphrase and a modified file both fail authentication.
 */
public final class IdentityKeyFile {

    private static final byte[] MAGIC = {'S', 'R', 'I', 'D'};
    private static final int VERSION = 1;
    private static final int SALT_LENGTH = 16;
    private static final int NONCE_LENGTH = 12;
    private static final int TAG_LENGTH = 16;
    private static final int KEY_LENGTH = 32;
    private static final int HEADER_LENGTH = MAGIC.length + 1 + 4 + 4 + 1 + SALT_LENGTH + NONCE_LENGTH;
    /** The one valid file length: header, encrypted seed, tag. */
    static final int FILE_LENGTH = HEADER_LENGTH + IdentityKeyPair.SEED_LENGTH + TAG_LENGTH;

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private IdentityKeyFile() {
    }

    /** Saves with {@link KeyFileParameters#RECOMMENDED}. */
    public static void save(Path file, IdentityKeyPair keyPair, char[] passphrase) throws KeyFileException {
        save(file, keyPair, passphrase, KeyFileParameters.RECOMMENDED);
    }

    /**
     * Encrypts {@code keyPair} under {@code passphrase} and writes it to {@code file} atomically, readable by the
     * owner only (mode 600 where the file system has POSIX permissions).
     *
     * @throws KeyFileException with reason {@code IO} if the file cannot be written; the old file is untouched
     */
    public static void save(Path file, IdentityKeyPair keyPair, char[] passphrase, KeyFileParameters parameters)
            throws KeyFileException {
        if (passphrase.length == 0) {
            throw new IllegalArgumentException("the key file passphrase must not be empty");
        }
        byte[] salt = Randomness.bytes(SALT_LENGTH);
        byte[] nonce = Randomness.bytes(NONCE_LENGTH);
        byte[] header = new ByteWriter().bytes(MAGIC).u8(VERSION).u32(parameters.memoryKiB())
                .u32(parameters.iterations()).u8(parameters.parallelism()).bytes(salt).bytes(nonce).toByteArray();
        byte[] key = deriveKey(passphrase, salt, parameters);
        byte[] contents = Arrays.copyOf(header, FILE_LENGTH);
        try {
            Cipher cipher = Jca.cipher("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new RawSecretKey("AES", key, 0, KEY_LENGTH),
                    new GCMParameterSpec(TAG_LENGTH * 8, nonce));
            cipher.updateAAD(header);
            cipher.doFinal(keyPair.seed(), 0, IdentityKeyPair.SEED_LENGTH, contents, HEADER_LENGTH);
        } catch (GeneralSecurityException e) {
            throw Jca.missing("AES-GCM key file encryption", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
        writeAtomically(file, contents);
    }

    /**
     * Reads and decrypts the key file.
     *
     * @throws KeyFileException with reason {@code IO} (cannot read), {@code MALFORMED} (not a key file, wrong
     *     length, parameters out of range), {@code UNSUPPORTED_VERSION}, or {@code WRONG_PASSPHRASE_OR_TAMPERED}
     */
    public static IdentityKeyPair load(Path file, char[] passphrase) throws KeyFileException {
        byte[] contents = readBounded(file);
        if (contents.length < MAGIC.length + 1
                || !Arrays.equals(contents, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new KeyFileException(Reason.MALFORMED, file + " is not a Sealroom identity key file");
        }
        ByteBuffer in = ByteBuffer.wrap(contents).position(MAGIC.length);
        int version = in.get() & 0xFF;
        if (version != VERSION) {
            throw new KeyFileException(Reason.UNSUPPORTED_VERSION, file + " has key file version " + version
                    + "; this build reads version " + VERSION);
        }
        if (contents.length != FILE_LENGTH) {
            throw new KeyFileException(Reason.MALFORMED, file + " has the wrong length (" + contents.length
                    + " bytes, expected " + FILE_LENGTH + "): truncated or damaged");
        }
        long memoryKiB = Integer.toUnsignedLong(in.getInt());
        long iterations = Integer.toUnsignedLong(in.getInt());
        int parallelism = in.get() & 0xFF;
        String problem = KeyFileParameters.problem(memoryKiB, iterations, parallelism);
        if (problem != null) {
            throw new KeyFileException(Reason.MALFORMED, file + " has out-of-range parameters: " + problem);
        }
        byte[] salt = new byte[SALT_LENGTH];
        byte[] nonce = new byte[NONCE_LENGTH];
        in.get(salt).get(nonce);
        KeyFileParameters parameters = new KeyFileParameters((int) memoryKiB, (int) iterations, parallelism);
        byte[] key = deriveKey(passphrase, salt, parameters);
        byte[] seed = new byte[IdentityKeyPair.SEED_LENGTH];
        try {
            Cipher cipher = Jca.cipher("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new RawSecretKey("AES", key, 0, KEY_LENGTH),
                    new GCMParameterSpec(TAG_LENGTH * 8, nonce));
            cipher.updateAAD(contents, 0, HEADER_LENGTH);
            cipher.doFinal(contents, HEADER_LENGTH, FILE_LENGTH - HEADER_LENGTH, seed, 0);
            return IdentityKeyPair.fromSeed(seed);
        } catch (AEADBadTagException e) {
            Arrays.fill(seed, (byte) 0);
            throw new KeyFileException(Reason.WRONG_PASSPHRASE_OR_TAMPERED, "Cannot open " + file
                    + ": wrong passphrase, or the file has been modified", e);
        } catch (GeneralSecurityException e) {
            throw Jca.missing("AES-GCM key file decryption", e);
        } finally {
            Arrays.fill(key, (byte) 0);
            Arrays.fill(contents, (byte) 0);
        }
    }

    /** Argon2id over the passphrase's UTF-8 bytes, which are wiped afterwards. */
    private static byte[] deriveKey(char[] passphrase, byte[] salt, KeyFileParameters parameters) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] password = new byte[encoded.remaining()];
        encoded.get(password);
        Arrays.fill(encoded.array(), (byte) 0);
        Argon2Parameters argon2 = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(parameters.memoryKiB())
                .withIterations(parameters.iterations())
                .withParallelism(parameters.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(argon2);
        byte[] key = new byte[KEY_LENGTH];
        try {
            generator.generateBytes(password, key);
        } finally {
            Arrays.fill(password, (byte) 0);
            argon2.clear();
        }
        return key;
    }

    /** Reads at most one byte more than a valid file, so a huge file cannot exhaust memory. */
    private static byte[] readBounded(Path file) throws KeyFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(FILE_LENGTH + 1);
        } catch (NoSuchFileException e) {
            throw new KeyFileException(Reason.IO, "No identity key file at " + file, e);
        } catch (IOException e) {
            throw new KeyFileException(Reason.IO, "Cannot read identity key file " + file + ": " + e.getMessage(),
                    e);
        }
    }

    private static void writeAtomically(Path file, byte[] contents) throws KeyFileException {
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp",
                    ownerOnly(directory));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(contents));
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw new KeyFileException(Reason.IO, "Cannot write identity key file " + target + ": "
                    + e.getMessage(), e);
        } finally {
            Arrays.fill(contents, (byte) 0);
            deleteQuietly(temporary);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path directory) {
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)};
        }
        return new FileAttribute<?>[0];
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // Best effort: the leftover holds only ciphertext and a later save replaces nothing it needs.
        }
    }
}
