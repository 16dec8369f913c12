package org.sealroom.crypto.sframe;

import org.sealroom.crypto.UnknownKeyException;

/**
 * Finds the key for a KID on the receive path (RFC 9605 section 4.4.1: "the base_key for decryption is selected
 * from the available keys using the KID value in the SFrame header"). Called once per frame: implementations
 * must be fast, thread-safe and should not allocate.
 */
@FunctionalInterface
public interface SFrameKeyResolver {

    /**
     * The key and replay window for {@code kid}.
     *
     * @throws UnknownKeyException if no key is available for {@code kid}
     */
    ReceiveKey resolve(long kid) throws UnknownKeyException;
}
