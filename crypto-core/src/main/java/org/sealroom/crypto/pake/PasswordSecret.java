package org.sealroom.crypto.pake;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.text.Normalizer;
import java.util.Arrays;
import org.sealroom.crypto.SecretKeyMaterial;

/**
 * The password-related string PRS of CPace (draft-irtf-cfrg-cpace-21, Section 4.1): a typed meeting password,
 * prepared with the OpaqueString profile of RFC 8265 (Section 4.2) so that the same password typed on two systems
 * gives the same octets: every Unicode space separator becomes U+0020, the string is put into Unicode Normalization
 * Form C and encoded as UTF-8. Control characters, unassigned code points and lone surrogates are refused, as the
 * PRECIS FreeformClass does.
 *
 * <p>The octets stay inside this object; {@link #destroy()} overwrites them. {@link #toString()} never shows them.
 */
public final class PasswordSecret extends SecretKeyMaterial {

    /** Longest accepted password, in UTF-8 octets after preparation. */
    public static final int MAX_LENGTH_OCTETS = 1024;

    private PasswordSecret(byte[] prs) {
        super(prs);
    }

    /**
     * Prepares a typed password. The caller's array is not modified; wipe it once this returns.
     *
     * @throws InvalidPasswordException if the password is empty, longer than {@link #MAX_LENGTH_OCTETS} octets, or
     *     contains a control character, an unassigned code point or a lone surrogate
     */
    public static PasswordSecret fromTypedPassword(char[] typed) throws InvalidPasswordException {
        return fromTypedPassword(CharBuffer.wrap(typed));
    }

    /**
     * Prepares a typed password held in a {@link CharSequence}. Prefer {@link #fromTypedPassword(char[])}: a
     * {@link String} cannot be wiped.
     *
     * @throws InvalidPasswordException as for {@link #fromTypedPassword(char[])}
     */
    public static PasswordSecret fromTypedPassword(CharSequence typed) throws InvalidPasswordException {
        if (typed.isEmpty()) {
            throw new InvalidPasswordException("the meeting password is empty");
        }
        char[] mapped = new char[typed.length()];
        for (int i = 0; i < mapped.length; i++) {
            char c = typed.charAt(i);
            mapped[i] = Character.getType(c) == Character.SPACE_SEPARATOR ? ' ' : c;
        }
        String normalized = Normalizer.normalize(CharBuffer.wrap(mapped), Normalizer.Form.NFC);
        Arrays.fill(mapped, '\0');
        rejectUntypeableCharacters(normalized);
        ByteBuffer encoded = UTF_8.encode(normalized);
        byte[] prs = new byte[encoded.remaining()];
        encoded.get(prs);
        Arrays.fill(encoded.array(), (byte) 0);
        if (prs.length > MAX_LENGTH_OCTETS) {
            Arrays.fill(prs, (byte) 0);
            throw new InvalidPasswordException("the meeting password is longer than " + MAX_LENGTH_OCTETS + " octets");
        }
        return new PasswordSecret(prs);
    }

    private static void rejectUntypeableCharacters(String normalized) throws InvalidPasswordException {
        for (int i = 0; i < normalized.length(); ) {
            int codePoint = normalized.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.SURROGATE) {
                throw new InvalidPasswordException(
                        "the meeting password contains a control, unassigned or lone surrogate character at index " + i);
            }
            i += Character.charCount(codePoint);
        }
    }

    /**
     * A copy of PRS for the generator computation; the caller wipes it.
     *
     * @throws IllegalStateException if the password was destroyed
     */
    byte[] prsCopy() {
        return material().clone();
    }
}
