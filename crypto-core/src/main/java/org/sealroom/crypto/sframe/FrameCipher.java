package org.sealroom.crypto.sframe;

import java.nio.ByteBuffer;
import org.sealroom.crypto.AuthenticationFailedException;

/**
 * One SFrame AEAD (RFC 9605 section 4.4.3 and 4.4.4) over buffers. The header has already been written to (or
 * parsed from) the frame buffer; AAD is {@code header + metadata}.
 */
interface FrameCipher {

    /**
     * Encrypts {@code plaintext} (all remaining bytes) into {@code out}, right after the header that occupies
     * {@code out[headerStart, headerStart + headerLength)}; appends the tag.
     */
    void seal(SFrameKey key, long ctr, ByteBuffer out, int headerStart, int headerLength, ByteBuffer metadata,
            ByteBuffer plaintext, FrameScratch scratch);

    /**
     * Authenticates and decrypts {@code frame} from its position (ciphertext then tag) into {@code out}. The header
     * lies at {@code frame[headerStart, headerStart + headerLength)}. Writes nothing to {@code out} on failure.
     */
    void open(SFrameKey key, long ctr, ByteBuffer frame, int headerStart, int headerLength, ByteBuffer metadata,
            ByteBuffer out, FrameScratch scratch) throws AuthenticationFailedException;

    static FrameCipher forSuite(CipherSuite suite) {
        return suite.isGcm() ? GcmFrameCipher.INSTANCE : CtrHmacFrameCipher.INSTANCE;
    }
}
