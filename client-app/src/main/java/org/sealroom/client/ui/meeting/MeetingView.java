package org.sealroom.client.ui.meeting;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Side;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sealroom.client.session.ConnectionStatus;
import org.sealroom.client.session.LobbyEntry;
import org.sealroom.client.session.Reaction;
import org.sealroom.client.ui.FxBind;
import org.sealroom.client.ui.MeetingNumber;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.Navigation;
import org.sealroom.client.ui.ScreenView;
import org.sealroom.client.ui.ToggleChoice;
import org.sealroom.client.ui.UiExecutors;
import org.sealroom.client.ui.ViewLoader;
import org.sealroom.client.ui.meeting.remote.RemoteControlBanner;
import org.sealroom.client.ui.meeting.remote.RemoteControlStrip;
import org.sealroom.client.ui.meeting.remote.RemoteInputCapture;
import org.sealroom.client.ui.meeting.video.StageLayout;
import org.sealroom.client.ui.meeting.video.VideoKey;
import org.sealroom.client.ui.meeting.video.VideoStage;
import org.sealroom.client.ui.meeting.video.VideoTile;

/** Binds the meeting window to its {@link MeetingViewModel}. */
public final class MeetingView implements ScreenView {

    private final MeetingViewModel viewModel;
    private final Messages messages;
    private final UiExecutors executors;
    private final Navigation navigation;
    private final Parent root;
    private final VideoStage videoStage;
    private final Map<MeetingPanel, Parent> panels = new EnumMap<>(MeetingPanel.class);
    private final MeetingShortcuts shortcuts;
    private ChatPanel chatPanel;
    private RecordingBanner recordingBanner;
    private RemoteControlBanner remoteControlBanner;

    @FXML private Label titleLabel;
    @FXML private Label numberLabel;
    @FXML private Button e2eeBadge;
    @FXML private FontIcon e2eeIcon;
    @FXML private Button connectionButton;
    @FXML private FontIcon connectionIcon;
    @FXML private ToggleButton gridToggle;
    @FXML private ToggleButton speakerToggle;
    @FXML private VBox bannerBox;
    @FXML private StackPane stageHolder;
    @FXML private HBox reconnectingOverlay;
    @FXML private HBox lobbyToast;
    @FXML private Label lobbyToastLabel;
    @FXML private StackPane sidePanel;
    @FXML private Button micButton;
    @FXML private FontIcon micIcon;
    @FXML private Button cameraButton;
    @FXML private FontIcon cameraIcon;
    @FXML private Button shareButton;
    @FXML private FontIcon shareIcon;
    @FXML private Button chatButton;
    @FXML private Label chatBadge;
    @FXML private Button participantsButton;
    @FXML private Label lobbyBadge;
    @FXML private Button reactButton;
    @FXML private FontIcon handBadge;
    @FXML private Button pollsButton;
    @FXML private Button filesButton;
    @FXML private Button recordButton;
    @FXML private Button leaveButton;

    public MeetingView(MeetingViewModel viewModel, Messages messages, UiExecutors executors, Navigation navigation) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.executors = executors;
        this.navigation = navigation;
        this.videoStage = new VideoStage(viewModel.video(), messages);
        this.shortcuts = new MeetingShortcuts(this::toggleMicrophone, this::toggleCamera, this::toggleShare,
                this::toggleChat, this::toggleParticipants);
        this.root = ViewLoader.load(this, messages);
        root.sceneProperty().addListener((o, was, scene) -> attachTo(scene));
    }

    @FXML
    private void initialize() {
        titleLabel.setText(viewModel.info().title());
        numberLabel.setText(messages.get("meeting.number", MeetingNumber.grouped(viewModel.info().meetingNumber())));
        stageHolder.getChildren().addFirst(videoStage);
        recordingBanner = new RecordingBanner(viewModel.recording());
        stageHolder.getChildren().add(recordingBanner.root());
        bindHeader();
        bindStage();
        bindControls();
        bindSidePanel();
        new WarningBanners(bannerBox, viewModel.security(), messages, () -> viewModel.openPanel(MeetingPanel.SECURITY));
        bindRemoteControl();
    }

    /** Remote control (issue #7): the sharer's banner and approval card, the viewer's strip and input capture. */
    private void bindRemoteControl() {
        remoteControlBanner = new RemoteControlBanner(viewModel.remoteControl(), messages);
        VBox top = (VBox) bannerBox.getParent(); // beside, not in, the warning list that WarningBanners rebuilds
        top.getChildren().add(top.getChildren().indexOf(bannerBox), remoteControlBanner.banner());
        stageHolder.getChildren().addAll(new RemoteControlStrip(viewModel.remoteControl(), messages).root(),
                remoteControlBanner.requestCard());
        new RemoteInputCapture(viewModel.remoteControl(), videoStage);
    }

    private void bindHeader() {
        e2eeBadge.textProperty().bind(viewModel.security().badgeTextProperty());
        e2eeBadge.accessibleTextProperty().bind(viewModel.security().badgeTextProperty());
        e2eeBadge.setTooltip(new Tooltip(messages.get("security.badge.tooltip")));
        viewModel.security().establishedProperty().addListener((o, was, is) -> styleBadge(is));
        styleBadge(viewModel.security().establishedProperty().get());

        connectionButton.textProperty().bind(viewModel.connection().summaryProperty());
        connectionButton.accessibleTextProperty().bind(viewModel.connection().summaryProperty());
        Tooltip details = new Tooltip();
        details.textProperty().bind(Bindings.concat(viewModel.connection().mediaPathTextProperty(), "\n",
                viewModel.connection().roundTripTextProperty()));
        connectionButton.setTooltip(details);
        viewModel.connection().statusProperty().addListener((o, was, status) -> styleConnection(status));
        styleConnection(viewModel.connection().statusProperty().get());

        gridToggle.setTooltip(new Tooltip(messages.get("meeting.layout.grid")));
        speakerToggle.setTooltip(new Tooltip(messages.get("meeting.layout.speaker")));
        ToggleChoice.bind(Map.of(gridToggle, StageLayout.GRID, speakerToggle, StageLayout.SPEAKER),
                viewModel.layoutProperty());
    }

    private void styleBadge(boolean established) {
        e2eeBadge.getStyleClass().removeAll("e2ee-ok", "e2ee-pending");
        e2eeBadge.getStyleClass().add(established ? "e2ee-ok" : "e2ee-pending");
        e2eeIcon.setIconLiteral(established ? "mdral-lock" : "mdral-lock_open");
    }

    private void styleConnection(ConnectionStatus status) {
        connectionButton.getStyleClass().removeAll("quality-good", "quality-fair", "quality-poor");
        boolean connected = status.state() == ConnectionStatus.State.CONNECTED;
        ConnectionStatus.Quality quality = connected ? status.quality() : ConnectionStatus.Quality.POOR;
        connectionButton.getStyleClass().add(switch (quality) {
            case GOOD -> "quality-good";
            case FAIR -> "quality-fair";
            case POOR -> "quality-poor";
        });
        connectionIcon.setIconLiteral(!connected ? "mdrmz-signal_cellular_connected_no_internet_0_bar" : switch (quality) {
            case GOOD -> "mdrmz-signal_cellular_4_bar";
            case FAIR -> "mdrmz-signal_cellular_2_bar";
            case POOR -> "mdrmz-signal_cellular_1_bar";
        });
    }

    private void bindStage() {
        ParticipantsViewModel participants = viewModel.participants();
        InvalidationListener relayout = observable -> videoStage.show(participants.participants(),
                participants.activeSpeakerProperty().get(), participants.screenSharerProperty().get(),
                viewModel.layoutProperty().get());
        participants.participants().addListener(relayout);
        participants.activeSpeakerProperty().addListener(relayout);
        participants.screenSharerProperty().addListener(relayout); // the roster list changes before the sharer
        viewModel.layoutProperty().addListener(relayout);
        relayout.invalidated(null);

        FxBind.showWhen(reconnectingOverlay, viewModel.connection().reconnectingProperty());
        LobbyViewModel lobby = viewModel.lobby();
        lobbyToastLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            LobbyEntry latest = lobby.latestArrivalProperty().get();
            return latest == null ? "" : messages.get("lobby.toast", latest.displayName(), lobby.entries().size());
        }, lobby.latestArrivalProperty(), lobby.entries()));
        FxBind.showWhen(lobbyToast, viewModel.hostProperty()
                .and(lobby.latestArrivalProperty().isNotNull())
                .and(Bindings.isNotEmpty(lobby.entries()))
                .and(viewModel.panelProperty().isNotEqualTo(MeetingPanel.PARTICIPANTS)));
    }

    private void bindControls() {
        bindToggle(micButton, micIcon, viewModel.microphoneOnProperty(), "mdrmz-mic", "mdrmz-mic_off",
                "meeting.control.mute", "meeting.control.unmute", MeetingShortcuts.MICROPHONE);
        bindToggle(cameraButton, cameraIcon, viewModel.cameraOnProperty(), "mdrmz-videocam", "mdrmz-videocam_off",
                "meeting.control.stopVideo", "meeting.control.startVideo", MeetingShortcuts.CAMERA);
        shareButton.textProperty().bind(Bindings.when(viewModel.sharingScreenProperty())
                .then(messages.get("meeting.control.stopShare")).otherwise(messages.get("meeting.control.share")));
        FxBind.iconWhen(shareIcon, viewModel.sharingScreenProperty(), "mdrmz-stop_screen_share", "mdrmz-screen_share");
        describe(shareButton, MeetingShortcuts.SHARE);
        chatButton.setText(messages.get("meeting.control.chat"));
        describe(chatButton, MeetingShortcuts.CHAT);
        participantsButton.setText(messages.get("meeting.control.participants"));
        describe(participantsButton, MeetingShortcuts.PARTICIPANTS);
        FxBind.showWhen(handBadge, viewModel.handRaisedProperty());
        viewModel.reactions().latestProperty().addListener((o, was, shown) -> {
            VideoTile tile = shown == null ? null : videoStage.tile(VideoKey.camera(shown.from()));
            if (tile != null) {
                tile.showReaction(shown.reaction().emoji(), messages.get("reactions.accessible", shown.fromName(),
                        messages.get("reaction." + shown.reaction().name().toLowerCase(java.util.Locale.ROOT))));
            }
        });
        for (Button button : new Button[] {reactButton, pollsButton, filesButton, recordButton, leaveButton}) {
            describe(button, null);
        }

        chatBadge.textProperty().bind(viewModel.chat().unreadProperty().asString());
        FxBind.showWhen(chatBadge, viewModel.chat().unreadProperty().greaterThan(0));
        lobbyBadge.textProperty().bind(Bindings.size(viewModel.lobby().entries()).asString());
        FxBind.showWhen(lobbyBadge, viewModel.hostProperty().and(Bindings.isNotEmpty(viewModel.lobby().entries())));
        chatButton.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> messages.get("meeting.control.chat.accessible", viewModel.chat().unreadProperty().get()),
                viewModel.chat().unreadProperty()));

        viewModel.panelProperty().addListener((o, was, now) -> {
            activate(chatButton, now == MeetingPanel.CHAT);
            activate(participantsButton, now == MeetingPanel.PARTICIPANTS);
            activate(pollsButton, now == MeetingPanel.POLLS);
            activate(filesButton, now == MeetingPanel.FILES);
            activate(recordButton, now == MeetingPanel.RECORDING);
        });
    }

    private void bindToggle(Button button, FontIcon icon, javafx.beans.binding.BooleanBinding on, String onIcon,
            String offIcon, String onText, String offText, KeyCombination shortcut) {
        button.textProperty().bind(Bindings.when(on).then(messages.get(onText)).otherwise(messages.get(offText)));
        FxBind.iconWhen(icon, on, onIcon, offIcon);
        ChangeListener<Boolean> style = (o, was, is) -> button.pseudoClassStateChanged(OFF, !is);
        on.addListener(style);
        style.changed(null, null, on.get());
        describe(button, shortcut);
    }

    private void describe(Button button, KeyCombination shortcut) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(shortcut == null ? button.textProperty()
                : Bindings.concat(button.textProperty(), " (", shortcut.getDisplayText(), ")"));
        button.setTooltip(tooltip);
        if (!button.accessibleTextProperty().isBound()) {
            button.accessibleTextProperty().bind(button.textProperty());
        }
        if (shortcut != null) {
            button.setAccessibleHelp(shortcut.getDisplayText());
        }
    }

    private static void activate(Button button, boolean active) {
        button.pseudoClassStateChanged(ACTIVE, active);
    }

    private void bindSidePanel() {
        viewModel.panelProperty().addListener((o, was, now) -> showPanel(now));
        showPanel(viewModel.panelProperty().get());
    }

    private void showPanel(MeetingPanel which) {
        boolean open = which != MeetingPanel.NONE;
        sidePanel.setVisible(open);
        sidePanel.setManaged(open);
        if (!open) {
            sidePanel.getChildren().clear();
            return;
        }
        sidePanel.getChildren().setAll(panels.computeIfAbsent(which, this::buildPanel));
        if (which == MeetingPanel.CHAT) {
            chatPanel.focus();
        }
    }

    private Parent buildPanel(MeetingPanel which) {
        Runnable close = viewModel::closePanel;
        return switch (which) {
            case CHAT -> {
                chatPanel = new ChatPanel(viewModel.chat(), messages, close);
                yield chatPanel.root();
            }
            case PARTICIPANTS -> new ParticipantsPanel(viewModel.participants(), viewModel.lobby(), messages, close).root();
            case SECURITY -> new SecurityPanel(viewModel.security(), viewModel.participants(), messages, close).root();
            case CONNECTION -> new ConnectionPanel(viewModel.connection(), viewModel.info().relayAddress(), messages,
                    close).root();
            case INVITE -> new InvitePanel(viewModel.info(), messages, close).root();
            case SHARE_PREVIEW -> previewPanel("mdrmz-screen_share", "preview.share", close);
            case POLLS -> new PollsPanel(viewModel.polls(), messages, close).root();
            case FILES -> new FilesPanel(viewModel.files(), messages, close).root();
            case RECORDING -> new RecordingPanel(viewModel.recording(), messages, close).root();
            case NONE -> throw new IllegalArgumentException("No panel to build for NONE");
        };
    }

    private Parent previewPanel(String icon, String key, Runnable close) {
        return new FeaturePreviewPanel(icon, messages.get(key + ".title"), messages.get(key + ".text"), messages, close)
                .root();
    }

    private void attachTo(Scene scene) {
        shortcuts.uninstall();
        remoteControlBanner.uninstall();
        if (scene == null) {
            return;
        }
        shortcuts.install(scene);
        remoteControlBanner.install(scene);
        if (scene.getWindow() instanceof Stage stage) {
            stage.iconifiedProperty().addListener((o, was, iconified) -> videoStage.setHidden(iconified));
        }
    }

    @FXML
    private void showReactions() {
        ContextMenu menu = new ContextMenu();
        for (Reaction reaction : Reaction.values()) {
            MenuItem item = new MenuItem(reaction.emoji() + "  "
                    + messages.get("reaction." + reaction.name().toLowerCase(java.util.Locale.ROOT)));
            item.setOnAction(event -> viewModel.reactions().send(reaction));
            menu.getItems().add(item);
        }
        boolean raised = viewModel.handRaisedProperty().get();
        MenuItem hand = new MenuItem(messages.get(raised ? "reactions.lowerHand" : "reactions.raiseHand"),
                new FontIcon("mdrmz-pan_tool"));
        hand.setOnAction(event -> viewModel.reactions().setHandRaised(!raised));
        menu.getItems().addAll(new SeparatorMenuItem(), hand);
        menu.show(reactButton, javafx.geometry.Side.TOP, 0, -4);
    }

    @FXML
    private void toggleMicrophone() {
        viewModel.toggleMicrophone();
    }

    @FXML
    private void toggleCamera() {
        viewModel.toggleCamera();
    }

    @FXML
    private void toggleShare() {
        if (viewModel.toggleScreenShare()) {
            viewModel.screenSharing().ifPresent(sharing ->
                    SharePickerDialog.show(shareButton, new SharePickerViewModel(sharing, executors, messages), messages));
        }
    }

    @FXML
    private void toggleChat() {
        viewModel.togglePanel(MeetingPanel.CHAT);
    }

    @FXML
    private void toggleParticipants() {
        viewModel.togglePanel(MeetingPanel.PARTICIPANTS);
    }

    @FXML
    private void showParticipants() {
        viewModel.openPanel(MeetingPanel.PARTICIPANTS);
    }

    @FXML
    private void admitLatest() {
        LobbyEntry latest = viewModel.lobby().latestArrivalProperty().get();
        if (latest != null) {
            viewModel.lobby().admit(latest.id());
        }
    }

    @FXML
    private void togglePolls() {
        viewModel.togglePanel(MeetingPanel.POLLS);
    }

    @FXML
    private void toggleFiles() {
        viewModel.togglePanel(MeetingPanel.FILES);
    }

    @FXML
    private void toggleRecording() {
        viewModel.togglePanel(MeetingPanel.RECORDING);
    }

    @FXML
    private void showSecurity() {
        viewModel.togglePanel(MeetingPanel.SECURITY);
    }

    @FXML
    private void showConnection() {
        viewModel.togglePanel(MeetingPanel.CONNECTION);
    }

    @FXML
    private void showInvite() {
        viewModel.togglePanel(MeetingPanel.INVITE);
    }

    @FXML
    private void openSettings() {
        navigation.showSettings();
    }

    @FXML
    private void leave() {
        if (!viewModel.hostProperty().get()) {
            viewModel.leave();
            return;
        }
        MenuItem endForAll = new MenuItem(messages.get("meeting.leave.endForAll"));
        endForAll.getStyleClass().add("danger-item");
        endForAll.setOnAction(event -> viewModel.endForAll());
        MenuItem leaveOnly = new MenuItem(messages.get("meeting.leave.leave"));
        leaveOnly.setOnAction(event -> viewModel.leave());
        new ContextMenu(endForAll, leaveOnly).show(leaveButton, Side.TOP, 0, -4);
    }

    /** The view model, for tests and the screenshot tool. */
    public MeetingViewModel viewModel() {
        return viewModel;
    }

    /** The video area, for tests that look at tiles. */
    public VideoStage videoStage() {
        return videoStage;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        shortcuts.uninstall();
        recordingBanner.dispose();
        remoteControlBanner.uninstall();
        videoStage.dispose();
        viewModel.close();
    }

    private static final javafx.css.PseudoClass OFF = javafx.css.PseudoClass.getPseudoClass("off");
    private static final javafx.css.PseudoClass ACTIVE = javafx.css.PseudoClass.getPseudoClass("active");
}
