package org.sealroom.client.ui.home;

import java.time.ZoneId;
import java.util.Map;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sealroom.client.settings.RecentMeeting;
import org.sealroom.client.ui.FxBind;
import org.sealroom.client.ui.MeetingNumber;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.ScreenView;
import org.sealroom.client.ui.ToggleChoice;

/** Binds the home screen to its {@link HomeViewModel}. */
public final class HomeView implements ScreenView {

    private final HomeViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    @FXML private Label greeting;
    @FXML private Label identityLabel;
    @FXML private HBox noticeBox;
    @FXML private Label noticeLabel;
    @FXML private TextField nameField;
    @FXML private TextField titleField;
    @FXML private Label hostRelayLabel;
    @FXML private Button newMeetingButton;
    @FXML private ToggleButton byLinkToggle;
    @FXML private ToggleButton byNumberToggle;
    @FXML private VBox linkForm;
    @FXML private VBox numberForm;
    @FXML private TextField linkField;
    @FXML private TextField numberField;
    @FXML private PasswordField passwordField;
    @FXML private TextField relayField;
    @FXML private Label joinProblemLabel;
    @FXML private ToggleButton micToggle;
    @FXML private FontIcon micIcon;
    @FXML private ToggleButton cameraToggle;
    @FXML private FontIcon cameraIcon;
    @FXML private Button joinButton;
    @FXML private HBox busyBox;
    @FXML private Label busyLabel;
    @FXML private HBox errorBox;
    @FXML private Label errorLabel;
    @FXML private ListView<RecentMeeting> recentList;
    @FXML private Label recentEmpty;
    @FXML private Hyperlink clearRecentLink;

    public HomeView(HomeViewModel viewModel, Messages messages, String identityText) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = org.sealroom.client.ui.ViewLoader.load(this, messages);
        identityLabel.setText(identityText);
    }

    @FXML
    private void initialize() {
        greeting.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.displayNameProperty().get().isBlank()
                        ? messages.get("home.greeting.anonymous")
                        : messages.get("home.greeting", viewModel.displayNameProperty().get().strip()),
                viewModel.displayNameProperty()));
        FxBind.showText(noticeBox, noticeLabel, viewModel.noticeProperty());

        nameField.textProperty().bindBidirectional(viewModel.displayNameProperty());
        titleField.textProperty().bindBidirectional(viewModel.meetingTitleProperty());
        hostRelayLabel.setText(viewModel.hostRelayDescription());
        newMeetingButton.disableProperty().bind(viewModel.canHostProperty().not());

        ToggleChoice.bind(Map.of(byLinkToggle, HomeViewModel.JoinMode.LINK, byNumberToggle, HomeViewModel.JoinMode.NUMBER),
                viewModel.joinModeProperty());
        FxBind.showWhen(linkForm, viewModel.joinModeProperty().isEqualTo(HomeViewModel.JoinMode.LINK));
        FxBind.showWhen(numberForm, viewModel.joinModeProperty().isEqualTo(HomeViewModel.JoinMode.NUMBER));

        linkField.textProperty().bindBidirectional(viewModel.linkProperty());
        numberField.textProperty().bindBidirectional(viewModel.meetingNumberProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        relayField.textProperty().bindBidirectional(viewModel.relayAddressProperty());
        joinProblemLabel.textProperty().bind(viewModel.joinProblemProperty());
        FxBind.showWhen(joinProblemLabel, viewModel.joinProblemProperty().isNotEmpty());
        joinButton.disableProperty().bind(viewModel.busyProperty());

        bindMediaToggle(micToggle, micIcon, viewModel.microphoneOnProperty(), "mdrmz-mic", "mdrmz-mic_off",
                "home.join.microphone.on", "home.join.microphone.off");
        bindMediaToggle(cameraToggle, cameraIcon, viewModel.cameraOnProperty(), "mdrmz-videocam", "mdrmz-videocam_off",
                "home.join.camera.on", "home.join.camera.off");

        busyLabel.textProperty().bind(viewModel.busyTextProperty());
        FxBind.showWhen(busyBox, viewModel.busyProperty());
        FxBind.showText(errorBox, errorLabel, viewModel.errorProperty());

        recentList.setItems(viewModel.recentMeetings());
        recentList.setCellFactory(list -> new RecentMeetingCell());
        recentList.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) useSelectedRecent();
        });
        recentList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) useSelectedRecent();
        });
        FxBind.showWhen(recentList, Bindings.isNotEmpty(viewModel.recentMeetings()));
        FxBind.showWhen(recentEmpty, Bindings.isEmpty(viewModel.recentMeetings()));
        FxBind.showWhen(clearRecentLink, Bindings.isNotEmpty(viewModel.recentMeetings()));
    }

    private void bindMediaToggle(ToggleButton toggle, FontIcon icon, javafx.beans.property.BooleanProperty on,
            String onIcon, String offIcon, String onText, String offText) {
        toggle.selectedProperty().bindBidirectional(on);
        FxBind.iconWhen(icon, on, onIcon, offIcon);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(Bindings.when(on).then(messages.get(onText)).otherwise(messages.get(offText)));
        toggle.setTooltip(tooltip);
        toggle.accessibleTextProperty().bind(tooltip.textProperty());
    }

    private void useSelectedRecent() {
        RecentMeeting selected = recentList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.useRecent(selected);
            passwordField.requestFocus();
        }
    }

    @FXML
    private void newMeeting() {
        viewModel.newMeeting();
    }

    @FXML
    private void join() {
        viewModel.join();
    }

    @FXML
    private void openAbout() {
        viewModel.openAbout();
    }

    @FXML
    private void openSettings() {
        viewModel.openSettings();
    }

    @FXML
    private void clearRecent() {
        viewModel.clearRecentMeetings();
    }

    /** Focuses the field the user most likely wants. */
    public void focusDefault() {
        (viewModel.displayNameProperty().get().isBlank() ? nameField : linkField).requestFocus();
    }

    @Override
    public Parent root() {
        return root;
    }

    /** One recent meeting: what it was, its number and relay, and when. */
    private final class RecentMeetingCell extends ListCell<RecentMeeting> {
        private final DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.formattingLocale())
                .withZone(ZoneId.systemDefault());

        @Override
        protected void updateItem(RecentMeeting meeting, boolean empty) {
            super.updateItem(meeting, empty);
            if (empty || meeting == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            FontIcon icon = new FontIcon(meeting.hosted() ? "mdrmz-video_call" : "mdral-login");
            StackPane iconBox = new StackPane(icon);
            iconBox.getStyleClass().add("recent-icon");
            Label title = new Label(meeting.title().isEmpty() ? messages.get("home.recent.untitled") : meeting.title());
            title.getStyleClass().add("recent-title");
            String relay = meeting.relayAddress().isEmpty() ? messages.get("home.recent.localRelay") : meeting.relayAddress();
            Label detail = new Label(messages.get("home.recent.detail",
                    MeetingNumber.grouped(meeting.meetingNumber()), relay, when.format(meeting.lastUsed())));
            detail.getStyleClass().addAll("text-muted", "text-small");
            VBox text = new VBox(2, title, detail);
            HBox.setHgrow(text, Priority.ALWAYS);
            Label role = new Label(messages.get(meeting.hosted() ? "home.recent.hosted" : "home.recent.joined"));
            role.getStyleClass().add("chip");
            Button use = new Button(messages.get("home.recent.use"));
            use.getStyleClass().addAll("flat", "small");
            use.setOnAction(event -> {
                getListView().getSelectionModel().select(meeting);
                useSelectedRecent();
            });
            HBox row = new HBox(12, iconBox, text, role, use);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setGraphic(row);
            setText(null);
            setAccessibleText(title.getText() + ", " + detail.getText());
        }
    }
}
