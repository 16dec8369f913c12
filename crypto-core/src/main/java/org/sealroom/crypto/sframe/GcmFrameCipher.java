package org.sealroom.crypto.sframe;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.sealroom.crypto.AuthenticationFailedException;
import org.sealroom.crypto.internal.Jca;

/** AES-GCM suites 0x0004 and 0x0005 on the JDK's intrinsified {@code AES/GCM/NoPadding}. */
final class GcmFrameCipher implements FrameCipher {

    static final GcmFrameCipher INSTANCE = new GcmFrameCipher();

    private static final int TAG_BITS = 128;

    private GcmFrameCipher() {
    }

    @Override
    public void seal(SFrameKey key, long ctr, ByteBuffer out, int headerStart, int headerLength,
            ByteBuffer metadata, ByteBuffer plaintext, FrameScratch scratch) {
        try {
            run(scratch.gcmEncrypt(), Cipher.ENCRYPT_MODE, key, ctr, out, headerStart, headerLength, metadata,
                    plaintext, out, scratch);
        } catch (InvalidAlgorithmParameterException e) {
            // The JDK refuses to encrypt twice in a row with one key and nonce: two senders share a base key.
            throw new IllegalStateException("SFrame nonce reuse: KID " + Long.toUnsignedString(key.kid())
                    + " is used by more than one sender (RFC 9605 section 4.4.1 forbids this)", e);
        } catch (GeneralSecurityException e) {
            throw Jca.missing("AES-GCM encryption", e);
        }
    }

    @Override
    public void open(SFrameKey key, long ctr, ByteBuffer frame, int headerStart, int headerLength,
            ByteBuffer metadata, ByteBuffer out, FrameScratch scratch) throws AuthenticationFailedException {
        try {
            run(scratch.gcmDecrypt(), Cipher.DECRYPT_MODE, key, ctr, frame, headerStart, headerLength, metadata,
                    frame, out, scratch);
        } catch (AEADBadTagException e) {
            throw AuthenticationFailedException.onFramePath("SFrame: authentication tag mismatch");
        } catch (GeneralSecurityException e) {
            throw Jca.missing("AES-GCM decryption", e);
        }
    }

    /** One AEAD operation: nonce from CTR, AAD = header (in {@code headerBuffer}) + metadata, then in to out. */
    private static void run(Cipher cipher, int mode, SFrameKey key, long ctr, ByteBuffer headerBuffer,
            int headerStart, int headerLength, ByteBuffer metadata, ByteBuffer in, ByteBuffer out,
            FrameScratch scratch) throws GeneralSecurityException {
        key.nonce(ctr, scratch.nonce);
        cipher.init(mode, key.encryptionKey(), new GCMParameterSpec(TAG_BITS, scratch.nonce));
        updateAad(cipher, headerBuffer, headerStart, headerLength, scratch);
        updateAad(cipher, metadata, scratch);
        doFinal(cipher, in, out);
    }

    /**
     * {@code doFinal} from {@code in} (position to limit) into {@code out}. Heap buffers go through the array
     * overload, which the JDK runs faster and with less allocation than its buffer overload.
     */
    private static void doFinal(Cipher cipher, ByteBuffer in, ByteBuffer out) throws GeneralSecurityException {
        if (in.hasArray() && out.hasArray() && in.array() != out.array()) {
            int written = cipher.doFinal(in.array(), in.arrayOffset() + in.position(), in.remaining(), out.array(),
                    out.arrayOffset() + out.position());
            in.position(in.limit());
            out.position(out.position() + written);
        } else {
            cipher.doFinal(in, out);
        }
    }

    private static void updateAad(Cipher cipher, ByteBuffer metadata, FrameScratch scratch) {
        if (metadata != null && metadata.hasRemaining()) {
            updateAad(cipher, metadata, metadata.position(), metadata.remaining(), scratch);
        }
    }

    private static void updateAad(Cipher cipher, ByteBuffer buffer, int position, int length,
            FrameScratch scratch) {
        byte[] array = scratch.arrayOf(buffer, position, length);
        cipher.updateAAD(array, scratch.regionOffset, length);
    }
}
