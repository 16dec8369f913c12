package org.sealroom.client.ui;

import java.util.Optional;

/** Meeting numbers as people type them: digits, with spaces or dashes between groups. */
public final class MeetingNumber {

    private static final int MIN_DIGITS = 4;
    private static final int MAX_DIGITS = 20;

    private MeetingNumber() {}

    /** The digits of {@code text}, or empty when it is not a meeting number. */
    public static Optional<String> normalize(String text) {
        String digits = text.replaceAll("[\\s-]", "");
        if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(digits);
    }

    /** {@code 482193057} as {@code 482 193 057}; a room id that is not all digits is shown as it is. */
    public static String grouped(String digits) {
        if (!digits.chars().allMatch(Character::isDigit)) {
            return digits;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
