package org.sealroom.client.ui.unlock;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import org.sealroom.client.ui.FxBind;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.ScreenView;
import org.sealroom.client.ui.ViewLoader;

/** Binds the unlock screen to its {@link UnlockViewModel}. */
public final class UnlockView implements ScreenView {

    private final UnlockViewModel viewModel;
    private final Parent root;

    @FXML private PasswordField passphraseField;
    @FXML private HBox errorBox;
    @FXML private Label errorLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button unlockButton;

    public UnlockView(UnlockViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this, messages);
    }

    @FXML
    private void initialize() {
        passphraseField.textProperty().bindBidirectional(viewModel.passphraseProperty());
        FxBind.showText(errorBox, errorLabel, viewModel.errorProperty());
        FxBind.showWhen(busyIndicator, viewModel.busyProperty());
        unlockButton.disableProperty().bind(viewModel.busyProperty());
    }

    @FXML
    private void unlock() {
        viewModel.unlock();
    }

    public void focusDefault() {
        passphraseField.requestFocus();
    }

    @Override
    public Parent root() {
        return root;
    }
}
