package org.sealroom.client.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's text in the user's language ({@code i18n/messages*.properties}), with {@link MessageFormat} arguments. */
public final class Messages {

    static final String BUNDLE = "org.sealroom.client.ui.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
        // The base bundle is English and reports the root locale.
        this.locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    public static Messages forLocale(Locale locale) {
        // English is the base bundle: do not fall back to the JVM's default locale in between.
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The language the text is in. */
    public Locale locale() {
        return locale;
    }

    /**
     * The locale for dates and numbers: the system's own when it speaks the UI language (so an English UI on a
     * British system writes British dates), else the UI language.
     */
    public Locale formattingLocale() {
        Locale system = Locale.getDefault(Locale.Category.FORMAT);
        return system.getLanguage().equals(locale().getLanguage()) ? system : locale();
    }

    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No UI text for key '" + key + "'", e);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, formattingLocale()).format(arguments);
    }
}
