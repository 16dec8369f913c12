package org.sealroom.client.ui;

import java.util.Locale;
import org.sealroom.client.settings.Theme;

/** Applies the user's theme and language to the running app. */
public interface Appearance {

    void apply(Theme theme, Locale locale);
}
