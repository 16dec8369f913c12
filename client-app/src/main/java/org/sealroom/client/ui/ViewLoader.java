package org.sealroom.client.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a screen's FXML with its view as controller and the UI text bundle for {@code %key} lookups. */
public final class ViewLoader {

    private ViewLoader() {}

    /** Loads {@code Name.fxml} that sits beside {@code view}'s class. */
    public static Parent load(Object view, Messages messages) {
        String name = view.getClass().getSimpleName().replaceFirst("View$", "") + ".fxml";
        URL fxml = view.getClass().getResource(name);
        if (fxml == null) {
            throw new IllegalStateException("Missing FXML " + name + " beside " + view.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
