package org.sealroom.client.ui.settings;

/** An entry of the language picker; an empty tag follows the system language. */
public record LanguageChoice(String tag, String label) {
    @Override
    public String toString() {
        return label;
    }
}
