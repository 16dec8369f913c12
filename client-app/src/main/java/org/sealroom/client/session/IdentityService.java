package org.sealroom.client.session;

import java.util.Optional;

/**
 * This user's identity key (Ed25519, see {@code protocol.md} §1): created on first run, kept in a key file that an
 * optional passphrase protects, and loaded before any meeting. Methods may touch the disk and run key derivation, so
 * front ends call them off their UI thread.
 */
public interface IdentityService {

    /** What the key file holds, without opening it. */
    enum KeyFileState {
        /** No identity yet: first run. */
        MISSING,
        /** A key file without a passphrase; {@link #load(Optional)} with an empty passphrase opens it. */
        UNPROTECTED,
        /** A passphrase-protected key file. */
        PROTECTED
    }

    KeyFileState keyFileState();

    /**
     * Creates a new identity key and writes the key file, encrypted under {@code passphrase} when one is given.
     * Replaces nothing: fails when a key file exists.
     */
    IdentitySummary create(Optional<Passphrase> passphrase) throws SessionException;

    /**
     * Opens the key file for this run of the application.
     *
     * @throws WrongPassphraseException when the passphrase does not open the key file
     */
    IdentitySummary load(Optional<Passphrase> passphrase) throws SessionException;

    /** The loaded identity, empty before {@link #create} or {@link #load} succeeded. */
    Optional<IdentitySummary> current();
}
