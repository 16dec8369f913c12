package org.sealroom.client.ui.meeting.remote;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sealroom.client.ui.FxBind;
import org.sealroom.client.ui.Messages;

/**
 * The viewer's strip over the video stage: "Request control" while someone else shares, "Asking…" with Cancel, then
 * "You are controlling X's screen" with Release (Esc); after a denial or revoke it says why.
 */
public final class RemoteControlStrip {

    private final HBox root;

    public RemoteControlStrip(RemoteControlViewModel viewModel, Messages messages) {
        FontIcon icon = new FontIcon("mdrmz-settings_remote");
        Label text = new Label();
        text.textProperty().bind(viewModel.stripTextProperty());
        FxBind.showWhen(text, text.textProperty().isNotEmpty());
        Button request = new Button(messages.get("remote.strip.request"));
        request.getStyleClass().addAll("small", "remote-request-button");
        request.setOnAction(event -> viewModel.requestControl());
        FxBind.showWhen(request, viewModel.canRequestProperty());
        Button release = new Button();
        release.textProperty().bind(Bindings.when(viewModel.controllingProperty())
                .then(messages.get("remote.strip.release")).otherwise(messages.get("remote.strip.cancel")));
        release.getStyleClass().addAll("small", "danger", "remote-release");
        release.setOnAction(event -> viewModel.stop());
        FxBind.showWhen(release, viewModel.controllingProperty().or(viewModel.requestingProperty()));
        root = new HBox(10, icon, text, request, release);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().addAll("lobby-toast", "remote-strip");
        root.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(root, Pos.TOP_LEFT);
        FxBind.showWhen(root, viewModel.canRequestProperty().or(text.textProperty().isNotEmpty()));
    }

    public Node root() {
        return root;
    }
}
