package org.sealroom.client.ui.about;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.ViewLoader;

/** Binds the About window to its {@link AboutViewModel}. */
public final class AboutView {

    private final AboutViewModel viewModel;
    private final Runnable close;
    private final Parent root;

    @FXML private Label versionLabel;
    @FXML private ListView<String> componentList;

    public AboutView(AboutViewModel viewModel, Messages messages, Runnable close) {
        this.viewModel = viewModel;
        this.close = close;
        this.root = ViewLoader.load(this, messages);
    }

    @FXML
    private void initialize() {
        versionLabel.setText(viewModel.versionText());
        componentList.getItems().setAll(viewModel.componentLines());
    }

    @FXML
    private void close() {
        close.run();
    }

    public Parent root() {
        return root;
    }
}
