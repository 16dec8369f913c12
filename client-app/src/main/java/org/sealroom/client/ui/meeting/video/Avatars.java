package org.sealroom.client.ui.meeting.video;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Initials and a stable colour for people whose camera is off. */
public final class Avatars {

    private static final int PALETTE_SIZE = 8;

    private Avatars() {}

    /** "Anna Bauer" → "AB", "anna" → "A". */
    public static String initials(String displayName) {
        String[] words = displayName.strip().split("\\s+");
        String letters = Arrays.stream(words)
                .filter(w -> !w.isEmpty())
                .limit(2)
                .map(w -> w.substring(0, w.offsetByCodePoints(0, 1)))
                .collect(Collectors.joining());
        return letters.isEmpty() ? "?" : letters.toUpperCase(Locale.ROOT);
    }

    /** A style class {@code avatar-0} … {@code avatar-7}, the same for the same name on every machine. */
    public static String colourClass(String displayName) {
        return "avatar-" + Math.floorMod(displayName.strip().hashCode(), PALETTE_SIZE);
    }
}
