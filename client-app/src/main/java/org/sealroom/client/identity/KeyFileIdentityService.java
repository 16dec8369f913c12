package org.sealroom.client.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.sealroom.client.session.IdentityService;
import org.sealroom.client.session.IdentitySummary;
import org.sealroom.client.session.Passphrase;
import org.sealroom.client.session.SessionException;
import org.sealroom.client.session.WrongPassphraseException;
import org.sealroom.crypto.KeyFileException;
import org.sealroom.crypto.identity.IdentityKeyFile;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.crypto.identity.KeyFileParameters;

/**
 * The identity key in {@code identity.key} (crypto-core's encrypted key file). Without a user passphrase the file is
 * encrypted under a random one kept beside it in {@code identity.unlock}, mode 600: the key is then as safe as the
 * user's account, like an SSH key without a passphrase — the first-run screen says so.
 */
public final class KeyFileIdentityService implements IdentityService {

    private final Path keyFile;
    private final Path unlockFile;
    private final KeyFileParameters parameters;
    private volatile IdentityKeyPair keyPair;
    private volatile IdentitySummary summary;

    public KeyFileIdentityService(Path directory) {
        this(directory, KeyFileParameters.RECOMMENDED);
    }

    public KeyFileIdentityService(Path directory, KeyFileParameters parameters) {
        this.keyFile = directory.resolve("identity.key");
        this.unlockFile = directory.resolve("identity.unlock");
        this.parameters = parameters;
    }

    @Override
    public KeyFileState keyFileState() {
        if (!Files.exists(keyFile)) {
            return KeyFileState.MISSING;
        }
        return Files.exists(unlockFile) ? KeyFileState.UNPROTECTED : KeyFileState.PROTECTED;
    }

    @Override
    public synchronized IdentitySummary create(Optional<Passphrase> passphrase) throws SessionException {
        if (Files.exists(keyFile)) {
            throw new SessionException("An identity already exists in " + keyFile + "; it was left untouched.");
        }
        IdentityKeyPair created = IdentityKeyPair.generate();
        char[] secret = passphrase.map(Passphrase::characters).orElseGet(this::newUnlockSecret);
        try {
            Files.createDirectories(keyFile.getParent());
            if (passphrase.isEmpty()) {
                writeOwnerOnly(unlockFile, secret);
            }
            IdentityKeyFile.save(keyFile, created, secret, parameters);
        } catch (IOException | KeyFileException e) {
            throw new SessionException("Could not save your identity key: " + e.getMessage(), e);
        } finally {
            Arrays.fill(secret, '\0');
        }
        return remember(created, passphrase.isPresent());
    }

    @Override
    public synchronized IdentitySummary load(Optional<Passphrase> passphrase) throws SessionException {
        boolean unprotected = keyFileState() == KeyFileState.UNPROTECTED;
        char[] secret;
        try {
            secret = unprotected ? readUnlockSecret() : passphrase.map(Passphrase::characters)
                    .orElseThrow(() -> new WrongPassphraseException("Your identity key is protected: enter its passphrase."));
        } catch (IOException e) {
            throw new SessionException("Could not read " + unlockFile + ": " + e.getMessage(), e);
        }
        try {
            return remember(IdentityKeyFile.load(keyFile, secret), !unprotected);
        } catch (KeyFileException e) {
            if (e.reason() == KeyFileException.Reason.WRONG_PASSPHRASE_OR_TAMPERED) {
                throw new WrongPassphraseException("The passphrase does not open your identity key "
                        + "(or the key file was modified).");
            }
            throw new SessionException(e.getMessage(), e);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    @Override
    public Optional<IdentitySummary> current() {
        return Optional.ofNullable(summary);
    }

    /** The loaded key pair, for the session layer. */
    public IdentityKeyPair keyPair() throws SessionException {
        IdentityKeyPair loaded = keyPair;
        if (loaded == null) {
            throw new SessionException("Your identity key is not loaded yet.");
        }
        return loaded;
    }

    private IdentitySummary remember(IdentityKeyPair loaded, boolean protectedByPassphrase) {
        keyPair = loaded;
        summary = new IdentitySummary(loaded.publicKey().fingerprint().compact(),
                loaded.publicKey().fingerprint().safetyNumber(), protectedByPassphrase);
        return summary;
    }

    private char[] newUnlockSecret() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        char[] out = Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
        Arrays.fill(random, (byte) 0);
        return out;
    }

    private char[] readUnlockSecret() throws IOException {
        byte[] bytes = Files.readAllBytes(unlockFile);
        char[] out = new String(bytes, StandardCharsets.US_ASCII).strip().toCharArray();
        Arrays.fill(bytes, (byte) 0);
        return out;
    }

    private static void writeOwnerOnly(Path file, char[] secret) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not POSIX (Windows): the user profile's ACLs protect it
        } catch (FileAlreadyExistsException e) {
            throw new IOException(file + " already exists", e);
        }
        byte[] bytes = new String(secret).getBytes(StandardCharsets.US_ASCII);
        Files.write(file, bytes);
        Arrays.fill(bytes, (byte) 0);
    }
}
