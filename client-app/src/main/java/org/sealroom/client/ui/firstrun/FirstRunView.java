package org.sealroom.client.ui.firstrun;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sealroom.client.ui.FxBind;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.ScreenView;
import org.sealroom.client.ui.ViewLoader;

/** Binds the first-run screen to its {@link FirstRunViewModel}. */
public final class FirstRunView implements ScreenView {

    private final FirstRunViewModel viewModel;
    private final Parent root;

    @FXML private VBox createStep;
    @FXML private TextField nameField;
    @FXML private CheckBox protectCheck;
    @FXML private VBox passphraseBox;
    @FXML private PasswordField passphraseField;
    @FXML private PasswordField repeatField;
    @FXML private Label problemLabel;
    @FXML private HBox errorBox;
    @FXML private Label errorLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button createButton;
    @FXML private VBox doneStep;
    @FXML private Label safetyNumberLabel;
    @FXML private Button continueButton;

    public FirstRunView(FirstRunViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this, messages);
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(viewModel.displayNameProperty());
        protectCheck.selectedProperty().bindBidirectional(viewModel.protectWithPassphraseProperty());
        FxBind.showWhen(passphraseBox, viewModel.protectWithPassphraseProperty());
        passphraseField.textProperty().bindBidirectional(viewModel.passphraseProperty());
        repeatField.textProperty().bindBidirectional(viewModel.passphraseRepeatProperty());
        // Only complain about the name once the user has typed somewhere.
        problemLabel.textProperty().bind(viewModel.problemProperty());
        FxBind.showWhen(problemLabel, viewModel.problemProperty().isNotEmpty()
                .and(viewModel.displayNameProperty().isNotEmpty().or(viewModel.protectWithPassphraseProperty())));
        FxBind.showText(errorBox, errorLabel, viewModel.errorProperty());
        FxBind.showWhen(busyIndicator, viewModel.busyProperty());
        createButton.disableProperty().bind(viewModel.canCreateProperty().not());
        FxBind.showWhen(createStep, viewModel.createdProperty().not());
        FxBind.showWhen(doneStep, viewModel.createdProperty());
        safetyNumberLabel.textProperty().bind(viewModel.safetyNumberProperty());
        safetyNumberLabel.accessibleTextProperty().bind(viewModel.safetyNumberProperty());
        viewModel.createdProperty().addListener((o, was, is) -> {
            if (is) continueButton.requestFocus();
        });
    }

    @FXML
    private void create() {
        viewModel.createIdentity();
    }

    @FXML
    private void finish() {
        viewModel.finish();
    }

    @Override
    public Parent root() {
        return root;
    }
}
