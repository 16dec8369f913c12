package org.sealroom.client.session;

/** The identity key file could not be opened with the given passphrase. */
public class WrongPassphraseException extends SessionException {
    public WrongPassphraseException(String message) {
        super(message);
    }
}
