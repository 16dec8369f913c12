package org.sealroom.client.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import org.sealroom.client.settings.Theme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** AtlantaFX's Primer themes, our own stylesheet on top, and the bundled Inter font. */
public final class ThemeManager {

    private static final Logger LOG = LoggerFactory.getLogger(ThemeManager.class);
    private static final String STYLESHEET = "css/sealroom.css";
    private static final List<String> FONTS =
            List.of("Inter-Regular.otf", "Inter-Bold.otf");

    private Theme theme = Theme.LIGHT;

    private ThemeManager() {}

    /** Loads the fonts once per application. */
    public static ThemeManager create() {
        for (String name : FONTS) {
            try (InputStream in = ThemeManager.class.getResourceAsStream("fonts/" + name)) {
                if (in == null || Font.loadFont(in, 13) == null) {
                    LOG.warn("Could not load bundled font {}; the system font is used instead", name);
                }
            } catch (IOException e) {
                LOG.warn("Could not read bundled font {}: {}", name, e.toString());
            }
        }
        return new ThemeManager();
    }

    public void apply(Theme newTheme) {
        theme = newTheme;
        Application.setUserAgentStylesheet(newTheme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public Theme theme() {
        return theme;
    }

    /** Adds our stylesheet and the theme's marker class to a scene's root. */
    public void style(Scene scene) {
        String sheet = ThemeManager.class.getResource(STYLESHEET).toExternalForm();
        if (!scene.getStylesheets().contains(sheet)) {
            scene.getStylesheets().add(sheet);
        }
        if (scene.getRoot() != null) {
            scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
            scene.getRoot().getStyleClass().add(theme == Theme.DARK ? "theme-dark" : "theme-light");
        }
    }
}
