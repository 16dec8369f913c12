package org.sealroom.crypto;

/**
 * A usage limit was reached, for example a sender's frame counter. This is a hard stop: the key must be
 * replaced, because continuing would reuse a nonce.
 */
public class LimitExhaustedException extends CryptoException {

    public LimitExhaustedException(String message) {
        super(message);
    }
}
