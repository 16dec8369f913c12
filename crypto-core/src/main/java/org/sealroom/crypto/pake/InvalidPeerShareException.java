package org.sealroom.crypto.pake;

/**
 * The peer's public share is unacceptable: X25519 with it gave the neutral element (a low-order point on the curve or
 * its twist, draft-irtf-cfrg-cpace-21 Sections 7.2 and 9), or the peer sent back our own share. The session is spent.
 */
public final class InvalidPeerShareException extends PakeException {

    private static final long serialVersionUID = 1L;

    InvalidPeerShareException(String message) {
        super(message);
    }
}
