package org.sealroom.crypto.sframe;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import org.sealroom.crypto.AuthenticationFailedException;
import org.sealroom.crypto.internal.ByteWriter;
import org.sealroom.crypto.internal.Jca;

/**
 * The AES-CTR + truncated HMAC-SHA256 AEAD of RFC 9605 section 4.5.1 (suites 0x0001-0x0003), encrypt-then-MAC:
 * {@code tag = truncate(HMAC(auth_key, len(aad) | len(ct) | Nt | nonce | aad | ct), Nt)} with the three lengths
 * as 8-byte big-endian values, and AES-CTR starting at {@code nonce | 0x00000000}.
 */
final class CtrHmacFrameCipher implements FrameCipher {

    static final CtrHmacFrameCipher INSTANCE = new CtrHmacFrameCipher();

    private CtrHmacFrameCipher() {
    }

    @Override
    public void seal(SFrameKey key, long ctr, ByteBuffer out, int headerStart, int headerLength,
            ByteBuffer metadata, ByteBuffer plaintext, FrameScratch scratch) {
        key.nonce(ctr, scratch.nonce);
        try {
            int ciphertextStart = out.position();
            crypt(key, plaintext, out, scratch);
            computeTag(key, out, headerStart, headerLength, metadata, out, ciphertextStart,
                    out.position() - ciphertextStart, scratch);
            out.put(scratch.tag, 0, key.suite().nt());
        } catch (GeneralSecurityException e) {
            throw Jca.missing("AES-CTR/HMAC encryption", e);
        }
    }

    @Override
    public void open(SFrameKey key, long ctr, ByteBuffer frame, int headerStart, int headerLength,
            ByteBuffer metadata, ByteBuffer out, FrameScratch scratch) throws AuthenticationFailedException {
        int nt = key.suite().nt();
        int ciphertextStart = frame.position();
        int end = frame.limit();
        int ciphertextLength = end - ciphertextStart - nt;
        key.nonce(ctr, scratch.nonce);
        try {
            computeTag(key, frame, headerStart, headerLength, metadata, frame, ciphertextStart, ciphertextLength,
                    scratch);
            if (!tagMatches(scratch.tag, frame, ciphertextStart + ciphertextLength, nt)) {
                throw AuthenticationFailedException.onFramePath("SFrame: authentication tag mismatch");
            }
            frame.limit(ciphertextStart + ciphertextLength);
            try {
                crypt(key, frame, out, scratch);
            } finally {
                frame.limit(end);
            }
            frame.position(end);
        } catch (GeneralSecurityException e) {
            throw Jca.missing("AES-CTR/HMAC decryption", e);
        }
    }

    /** AES-CTR from {@code nonce | 0x00000000}; the same operation encrypts and decrypts. */
    private static void crypt(SFrameKey key, ByteBuffer in, ByteBuffer out, FrameScratch scratch)
            throws GeneralSecurityException {
        byte[] counterBlock = scratch.counterBlock;
        System.arraycopy(scratch.nonce, 0, counterBlock, 0, 12);
        counterBlock[12] = 0;
        counterBlock[13] = 0;
        counterBlock[14] = 0;
        counterBlock[15] = 0;
        Cipher cipher = scratch.ctr();
        cipher.init(Cipher.ENCRYPT_MODE, key.encryptionKey(), new IvParameterSpec(counterBlock));
        cipher.doFinal(in, out);
    }

    private static void computeTag(SFrameKey key, ByteBuffer headerBuffer, int headerStart, int headerLength,
            ByteBuffer metadata, ByteBuffer ciphertextBuffer, int ciphertextStart, int ciphertextLength,
            FrameScratch scratch) throws GeneralSecurityException {
        int metadataLength = metadata == null ? 0 : metadata.remaining();
        byte[] lengths = scratch.lengths;
        ByteWriter.putUnsigned(lengths, 0, 8, headerLength + metadataLength);
        ByteWriter.putUnsigned(lengths, 8, 8, ciphertextLength);
        ByteWriter.putUnsigned(lengths, 16, 8, key.suite().nt());
        Mac mac = scratch.hmacFor(key);
        mac.update(lengths);
        mac.update(scratch.nonce);
        update(mac, headerBuffer, headerStart, headerLength, scratch);
        if (metadataLength > 0) {
            update(mac, metadata, metadata.position(), metadataLength, scratch);
        }
        update(mac, ciphertextBuffer, ciphertextStart, ciphertextLength, scratch);
        mac.doFinal(scratch.tag, 0);
    }

    private static void update(Mac mac, ByteBuffer buffer, int position, int length, FrameScratch scratch) {
        byte[] array = scratch.arrayOf(buffer, position, length);
        mac.update(array, scratch.regionOffset, length);
    }

    /** Constant-time comparison of the first {@code length} bytes of {@code expected} with the received tag. */
    private static boolean tagMatches(byte[] expected, ByteBuffer frame, int tagStart, int length) {
        int difference = 0;
        for (int i = 0; i < length; i++) {
            difference |= expected[i] ^ frame.get(tagStart + i);
        }
        return difference == 0;
    }
}
