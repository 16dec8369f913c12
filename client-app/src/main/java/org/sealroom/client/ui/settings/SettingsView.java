package org.sealroom.client.ui.settings;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sealroom.client.session.IdentitySummary;
import org.sealroom.client.session.MediaDevice;
import org.sealroom.client.settings.RelayEntry;
import org.sealroom.client.settings.Theme;
import org.sealroom.client.ui.FxBind;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.ScreenView;
import org.sealroom.client.ui.ToggleChoice;
import org.sealroom.client.ui.ViewLoader;

/** Binds the settings window to its {@link SettingsViewModel}. */
public final class SettingsView implements ScreenView {

    /** The settings window's sections. */
    public enum Section { GENERAL, DEVICES, IDENTITY, RELAYS }

    private final SettingsViewModel viewModel;
    private final Messages messages;
    private final Runnable closeWindow;
    private final Parent root;
    private final CameraPreview preview;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.GENERAL);

    @FXML private ToggleButton generalTab;
    @FXML private ToggleButton devicesTab;
    @FXML private ToggleButton identityTab;
    @FXML private ToggleButton relaysTab;
    @FXML private ScrollPane generalSection;
    @FXML private ScrollPane devicesSection;
    @FXML private ScrollPane identitySection;
    @FXML private ScrollPane relaysSection;
    @FXML private TextField nameField;
    @FXML private ToggleButton lightToggle;
    @FXML private ToggleButton darkToggle;
    @FXML private ComboBox<LanguageChoice> languageBox;
    @FXML private ComboBox<MediaDevice> microphoneBox;
    @FXML private ProgressBar levelMeter;
    @FXML private ComboBox<MediaDevice> speakerBox;
    @FXML private ComboBox<MediaDevice> cameraBox;
    @FXML private StackPane previewHolder;
    @FXML private HBox deviceErrorBox;
    @FXML private Label deviceErrorLabel;
    @FXML private Label safetyNumberLabel;
    @FXML private Label fingerprintLabel;
    @FXML private FontIcon protectionIcon;
    @FXML private Label protectionLabel;
    @FXML private ComboBox<RelayChoice> preferredRelayBox;
    @FXML private ListView<RelayEntry> relayList;
    @FXML private TextField relayAddressField;
    @FXML private TextField relayFingerprintField;
    @FXML private Button addRelayButton;
    @FXML private Label relayProblemLabel;
    @FXML private Label saveErrorLabel;

    public SettingsView(SettingsViewModel viewModel, Messages messages, Runnable closeWindow) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.closeWindow = closeWindow;
        this.preview = new CameraPreview(messages.get("settings.devices.noPreview"));
        this.root = ViewLoader.load(this, messages);
    }

    @FXML
    private void initialize() {
        bindSections();
        nameField.textProperty().bindBidirectional(viewModel.displayNameProperty());
        ToggleChoice.bind(Map.of(lightToggle, Theme.LIGHT, darkToggle, Theme.DARK), viewModel.themeProperty());
        viewModel.themeProperty().addListener((o, was, now) -> viewModel.previewTheme());
        languageBox.setItems(viewModel.languages());
        languageBox.valueProperty().bindBidirectional(viewModel.languageProperty());

        bindDevices();
        bindIdentity();
        bindRelays();
        saveErrorLabel.textProperty().bind(viewModel.saveErrorProperty());
    }

    private void bindSections() {
        ToggleChoice.bind(Map.of(generalTab, Section.GENERAL, devicesTab, Section.DEVICES, identityTab, Section.IDENTITY,
                relaysTab, Section.RELAYS), section);
        FxBind.showWhen(generalSection, section.isEqualTo(Section.GENERAL));
        FxBind.showWhen(devicesSection, section.isEqualTo(Section.DEVICES));
        FxBind.showWhen(identitySection, section.isEqualTo(Section.IDENTITY));
        FxBind.showWhen(relaysSection, section.isEqualTo(Section.RELAYS));
        section.addListener((o, was, now) -> {
            if (now == Section.DEVICES) preview.start(); else preview.stop();
        });
    }

    /** Opens the window on one section (the screenshot tool and tests use it). */
    public void select(Section which) {
        section.set(which);
    }

    private void bindDevices() {
        StringConverter<MediaDevice> names = new StringConverter<>() {
            @Override
            public String toString(MediaDevice device) {
                return device == null ? "" : device.name();
            }

            @Override
            public MediaDevice fromString(String text) {
                return null; // only editable combo boxes parse text, and these pickers are not editable
            }
        };
        bindPicker(microphoneBox, viewModel.microphones(), viewModel.microphoneProperty(), names);
        bindPicker(speakerBox, viewModel.speakers(), viewModel.speakerProperty(), names);
        bindPicker(cameraBox, viewModel.cameras(), viewModel.cameraProperty(), names);
        levelMeter.progressProperty().bind(viewModel.microphoneLevelProperty());
        previewHolder.getChildren().add(preview);
        viewModel.setPreviewSink(preview::offer);
        FxBind.showText(deviceErrorBox, deviceErrorLabel, viewModel.deviceErrorProperty());
        viewModel.loadDevices();
    }

    private static void bindPicker(ComboBox<MediaDevice> box, javafx.collections.ObservableList<MediaDevice> items,
            javafx.beans.property.ObjectProperty<MediaDevice> value, StringConverter<MediaDevice> names) {
        box.setItems(items);
        box.setConverter(names);
        box.valueProperty().bindBidirectional(value);
    }

    private void bindIdentity() {
        IdentitySummary identity = viewModel.identitySummary().orElse(null);
        safetyNumberLabel.setText(identity == null ? messages.get("settings.identity.none") : identity.safetyNumber());
        fingerprintLabel.setText(identity == null ? "" : identity.fingerprint());
        boolean protectedKey = identity != null && identity.passphraseProtected();
        protectionIcon.setIconLiteral(protectedKey ? "mdral-lock" : "mdral-lock_open");
        protectionLabel.setText(messages.get(protectedKey ? "settings.identity.protected" : "settings.identity.unprotected"));
    }

    private void bindRelays() {
        preferredRelayBox.setItems(viewModel.relayChoices());
        preferredRelayBox.valueProperty().bindBidirectional(viewModel.preferredRelayProperty());
        relayList.setItems(viewModel.relays());
        relayList.setCellFactory(list -> new RelayCell());
        relayList.setPlaceholder(new Label(messages.get("settings.relays.none")));
        relayAddressField.textProperty().bindBidirectional(viewModel.newRelayAddressProperty());
        relayFingerprintField.textProperty().bindBidirectional(viewModel.newRelayFingerprintProperty());
        relayProblemLabel.textProperty().bind(viewModel.relayProblemProperty());
        FxBind.showWhen(relayProblemLabel, viewModel.relayProblemProperty().isNotEmpty());
        addRelayButton.disableProperty().bind(viewModel.relayProblemProperty().isNotEmpty()
                .or(Bindings.createBooleanBinding(() -> viewModel.newRelayAddressProperty().get().isBlank(),
                        viewModel.newRelayAddressProperty())));
        relayAddressField.setOnAction(event -> addRelay());
        relayFingerprintField.setOnAction(event -> addRelay());
    }

    @FXML
    private void addRelay() {
        viewModel.addRelay();
    }

    @FXML
    private void playTestSound() {
        viewModel.playTestSound();
    }

    @FXML
    private void save() {
        viewModel.save(closeWindow);
    }

    @FXML
    private void cancel() {
        viewModel.revertAppearance();
        closeWindow.run();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        preview.stop();
        viewModel.close();
    }

    /** A relay: its address, and its pinned fingerprint or that it is not pinned. */
    private final class RelayCell extends ListCell<RelayEntry> {
        @Override
        protected void updateItem(RelayEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            Label address = new Label(entry.address());
            address.getStyleClass().add("row-name");
            Label pin = new Label(entry.pinned()
                    ? messages.get("settings.relays.pinned", entry.pinnedFingerprint())
                    : messages.get("settings.relays.notPinned"));
            pin.getStyleClass().addAll("text-muted", "text-small", entry.pinned() ? "mono" : "plain");
            pin.setGraphic(new FontIcon(entry.pinned() ? "mdrmz-push_pin" : "mdral-info"));
            VBox text = new VBox(2, address, pin);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon("mdral-delete_outline"));
            remove.getStyleClass().addAll("flat", "button-icon", "danger");
            remove.setAccessibleText(messages.get("settings.relays.remove", entry.address()));
            remove.setOnAction(event -> viewModel.removeRelay(entry));
            HBox row = new HBox(10, text, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }
}
