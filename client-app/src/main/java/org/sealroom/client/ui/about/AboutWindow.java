package org.sealroom.client.ui.about;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.ThemeManager;

/** The About window: at most one, owned by the main window. UI thread only. */
public final class AboutWindow {

    private Stage stage;

    public void show(Window owner, Messages messages, ThemeManager themes) {
        if (stage != null) {
            stage.toFront();
            return;
        }
        stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get("about.windowTitle"));
        AboutView view = new AboutView(new AboutViewModel(messages), messages, this::close);
        Scene scene = new Scene(view.root(), 620, 520);
        themes.style(scene);
        stage.setScene(scene);
        stage.setOnHidden(event -> stage = null);
        stage.show();
    }

    public void close() {
        if (stage != null) {
            stage.close();
        }
    }
}
