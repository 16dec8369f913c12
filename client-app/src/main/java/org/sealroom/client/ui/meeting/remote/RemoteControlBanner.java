package org.sealroom.client.ui.meeting.remote;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sealroom.client.ui.FxBind;
import org.sealroom.client.ui.Messages;

/**
 * The sharer's side in the meeting window: the card that asks whether a viewer may take control (Deny is the
 * default button, Escape denies too), and, while someone is in control, a red banner that says who with one Stop
 * button and the {@link #STOP} key. Injected input could press that key as well, which only ends control.
 */
public final class RemoteControlBanner {

    /** Takes control back at once, while the meeting window has the focus. */
    public static final KeyCombination STOP =
            new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final RemoteControlViewModel viewModel;
    private final HBox banner;
    private final VBox requestCard;
    private final Runnable stop;
    private Scene scene;

    public RemoteControlBanner(RemoteControlViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.stop = viewModel::stop;
        banner = buildBanner(messages);
        requestCard = buildRequestCard(messages);
    }

    private HBox buildBanner(Messages messages) {
        FontIcon icon = new FontIcon("mdrmz-settings_remote");
        icon.getStyleClass().add("remote-banner-icon");
        Label text = new Label();
        text.getStyleClass().add("remote-banner-title");
        text.textProperty().bind(viewModel.bannerTextProperty());
        text.setWrapText(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button stopButton = new Button(messages.get("remote.banner.stop", STOP.getDisplayText()));
        stopButton.getStyleClass().add("remote-stop");
        stopButton.setOnAction(event -> viewModel.stop());
        HBox box = new HBox(12, icon, text, grow, stopButton);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll("banner-danger", "remote-control-banner");
        box.setAccessibleText(messages.get("remote.banner.accessible"));
        FxBind.showWhen(box, viewModel.controlledProperty());
        return box;
    }

    private VBox buildRequestCard(Messages messages) {
        Label title = new Label();
        title.getStyleClass().add("remote-request-title");
        title.textProperty().bind(viewModel.requestTextProperty());
        title.setWrapText(true);
        Label detail = new Label(messages.get("remote.request.detail"));
        detail.setWrapText(true);
        Button allow = new Button(messages.get("remote.request.allow"));
        allow.getStyleClass().addAll("remote-allow");
        allow.setOnAction(event -> viewModel.approve());
        Button deny = new Button(messages.get("remote.request.deny"));
        deny.getStyleClass().addAll("remote-deny");
        deny.setDefaultButton(true); // Enter must never hand over the screen
        deny.setCancelButton(true);
        deny.setOnAction(event -> viewModel.deny());
        HBox buttons = new HBox(8, allow, deny);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox card = new VBox(10, title, detail, buttons);
        card.getStyleClass().addAll("lobby-toast", "remote-request");
        card.setMaxSize(420, Region.USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.CENTER);
        FxBind.showWhen(card, viewModel.requestProperty().isNotNull());
        viewModel.requestProperty().addListener((o, was, now) -> {
            if (now != null) {
                deny.requestFocus();
            }
        });
        return card;
    }

    /** Goes into the meeting window's banner area. */
    public Node banner() {
        return banner;
    }

    /** Goes over the video stage. */
    public Node requestCard() {
        return requestCard;
    }

    public void install(Scene target) {
        uninstall();
        scene = target;
        scene.getAccelerators().put(STOP, stop);
    }

    public void uninstall() {
        if (scene != null) {
            scene.getAccelerators().remove(STOP, stop);
            scene = null;
        }
    }
}
