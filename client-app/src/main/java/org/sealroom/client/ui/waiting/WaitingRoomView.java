package org.sealroom.client.ui.waiting;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sealroom.client.ui.FxBind;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.ScreenView;
import org.sealroom.client.ui.ViewLoader;

/** Binds the waiting room to its {@link WaitingRoomViewModel}. */
public final class WaitingRoomView implements ScreenView {

    private final WaitingRoomViewModel viewModel;
    private final Parent root;

    @FXML private Label titleLabel;
    @FXML private StackPane stateIconBox;
    @FXML private FontIcon stateIcon;
    @FXML private ProgressIndicator progress;
    @FXML private Label headlineLabel;
    @FXML private Label detailLabel;
    @FXML private Button cancelButton;
    @FXML private Button homeButton;

    public WaitingRoomView(WaitingRoomViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this, messages);
    }

    @FXML
    private void initialize() {
        titleLabel.setText(viewModel.meetingTitle());
        headlineLabel.textProperty().bind(viewModel.headlineProperty());
        detailLabel.textProperty().bind(viewModel.detailProperty());
        FxBind.showWhen(progress, viewModel.finishedProperty().not());
        FxBind.showWhen(stateIconBox, viewModel.finishedProperty());
        viewModel.stateProperty().addListener((o, was, state) -> showState(state));
        showState(viewModel.stateProperty().get());
        FxBind.showWhen(cancelButton, viewModel.finishedProperty().not());
        FxBind.showWhen(homeButton, viewModel.finishedProperty());
    }

    private void showState(WaitingRoomViewModel.State state) {
        stateIcon.setIconLiteral(switch (state) {
            case HOST_MISMATCH -> "mdrmz-report";
            case DENIED -> "mdral-block";
            default -> "mdral-info";
        });
        stateIconBox.getStyleClass().removeAll("danger-icon", "neutral-icon");
        stateIconBox.getStyleClass().add(state == WaitingRoomViewModel.State.HOST_MISMATCH ? "danger-icon" : "neutral-icon");
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void backHome() {
        viewModel.backHome();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        viewModel.close();
    }
}
