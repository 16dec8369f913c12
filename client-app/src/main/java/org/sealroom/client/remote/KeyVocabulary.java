package org.sealroom.client.remote;

import java.awt.event.KeyEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The keys a controlling viewer may press: JavaFX {@code KeyCode} names on the wire, AWT {@code VK_} codes for the
 * sharer's {@link java.awt.Robot}. Letters, digits, F1–F12, editing and navigation keys, modifiers and US punctuation;
 * anything else is refused, so a viewer cannot reach keys the sharer's keyboard layout does not know.
 */
public final class KeyVocabulary {

    private static final Map<String, Integer> KEYS = build();

    private KeyVocabulary() {
    }

    /** The AWT key code for a JavaFX key name, or empty when the key is not in the vocabulary. */
    public static Optional<Integer> awtKeyCode(String javafxName) {
        return Optional.ofNullable(KEYS.get(javafxName));
    }

    public static boolean contains(String javafxName) {
        return KEYS.containsKey(javafxName);
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> keys = new HashMap<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            keys.put(String.valueOf(c), KeyEvent.VK_A + (c - 'A'));
        }
        for (int d = 0; d <= 9; d++) {
            keys.put("DIGIT" + d, KeyEvent.VK_0 + d);
            keys.put("NUMPAD" + d, KeyEvent.VK_NUMPAD0 + d);
        }
        for (int f = 1; f <= 12; f++) {
            keys.put("F" + f, KeyEvent.VK_F1 + (f - 1));
        }
        keys.putAll(Map.ofEntries(
                Map.entry("ENTER", KeyEvent.VK_ENTER), Map.entry("ESCAPE", KeyEvent.VK_ESCAPE),
                Map.entry("BACK_SPACE", KeyEvent.VK_BACK_SPACE), Map.entry("TAB", KeyEvent.VK_TAB),
                Map.entry("SPACE", KeyEvent.VK_SPACE), Map.entry("DELETE", KeyEvent.VK_DELETE),
                Map.entry("INSERT", KeyEvent.VK_INSERT), Map.entry("HOME", KeyEvent.VK_HOME),
                Map.entry("END", KeyEvent.VK_END), Map.entry("PAGE_UP", KeyEvent.VK_PAGE_UP),
                Map.entry("PAGE_DOWN", KeyEvent.VK_PAGE_DOWN), Map.entry("LEFT", KeyEvent.VK_LEFT),
                Map.entry("RIGHT", KeyEvent.VK_RIGHT), Map.entry("UP", KeyEvent.VK_UP),
                Map.entry("DOWN", KeyEvent.VK_DOWN), Map.entry("SHIFT", KeyEvent.VK_SHIFT),
                Map.entry("CONTROL", KeyEvent.VK_CONTROL), Map.entry("ALT", KeyEvent.VK_ALT),
                Map.entry("META", KeyEvent.VK_META), Map.entry("CAPS", KeyEvent.VK_CAPS_LOCK),
                Map.entry("COMMA", KeyEvent.VK_COMMA), Map.entry("PERIOD", KeyEvent.VK_PERIOD),
                Map.entry("SLASH", KeyEvent.VK_SLASH), Map.entry("SEMICOLON", KeyEvent.VK_SEMICOLON),
                Map.entry("EQUALS", KeyEvent.VK_EQUALS), Map.entry("MINUS", KeyEvent.VK_MINUS),
                Map.entry("OPEN_BRACKET", KeyEvent.VK_OPEN_BRACKET),
                Map.entry("CLOSE_BRACKET", KeyEvent.VK_CLOSE_BRACKET),
                Map.entry("BACK_SLASH", KeyEvent.VK_BACK_SLASH), Map.entry("QUOTE", KeyEvent.VK_QUOTE),
                Map.entry("BACK_QUOTE", KeyEvent.VK_BACK_QUOTE)));
        return Map.copyOf(keys);
    }
}
