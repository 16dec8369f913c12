package org.sealroom.client.meeting;

import java.security.SecureRandom;
import java.util.Locale;
import org.sealroom.client.session.SessionException;
import org.sealroom.crypto.pake.InvalidPasswordException;
import org.sealroom.crypto.pake.PasswordSecret;

/**
 * The typed password of a meeting joined by number (docs/protocol.md 2.1): 8 characters from a 32-character alphabet
 * without the look-alikes 0/O and 1/I, so 40 bits. Typed input is normalized (case, spaces and dashes ignored) so that
 * "k7p-29qx m" and "K7P29QXM" are the same password for CPace.
 */
final class MeetingPassword {
    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private MeetingPassword() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    static PasswordSecret secret(String typed) throws SessionException {
        String normalized = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (normalized.isEmpty()) {
            throw new SessionException("Type the meeting's password.");
        }
        try {
            return PasswordSecret.fromTypedPassword(normalized);
        } catch (InvalidPasswordException e) {
            throw new SessionException("The password cannot be used: " + e.getMessage(), e);
        }
    }

    /** A meeting number as typed ("482 193 057"), without its grouping. */
    static String number(String typed) throws SessionException {
        String digits = typed.replaceAll("[\\s-]", "");
        if (!digits.matches("[0-9]{9}")) {
            throw new SessionException("A meeting number has 9 digits.");
        }
        return digits;
    }
}
