package org.sealroom.client.session;

import java.util.Arrays;

/**
 * A passphrase typed by the user to protect the identity key file. Held as characters so it can be wiped after use;
 * {@link #toString()} never prints it.
 */
public final class Passphrase implements AutoCloseable {

    private final char[] characters;

    private Passphrase(char[] characters) {
        this.characters = characters;
    }

    /** Copies {@code characters}; the caller may wipe its own array afterwards. */
    public static Passphrase of(char[] characters) {
        if (characters.length == 0) {
            throw new IllegalArgumentException("A passphrase cannot be empty");
        }
        return new Passphrase(characters.clone());
    }

    public static Passphrase of(CharSequence text) {
        char[] copy = new char[text.length()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = text.charAt(i);
        }
        Passphrase passphrase = of(copy);
        Arrays.fill(copy, '\0');
        return passphrase;
    }

    /** A copy of the characters; the caller wipes it after use. */
    public char[] characters() {
        return characters.clone();
    }

    public int length() {
        return characters.length;
    }

    /** Overwrites the characters (best effort on the JVM). */
    @Override
    public void close() {
        Arrays.fill(characters, '\0');
    }

    @Override
    public String toString() {
        return "Passphrase[hidden]";
    }
}
