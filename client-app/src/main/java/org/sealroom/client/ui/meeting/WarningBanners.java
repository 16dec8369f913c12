package org.sealroom.client.ui.meeting;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sealroom.client.session.SecurityWarning;
import org.sealroom.client.ui.Messages;

/** Security warnings as full-width banners under the header, each with details and dismiss. */
final class WarningBanners {

    private final SecurityViewModel security;
    private final Messages messages;
    private final VBox box;
    private final Runnable showDetails;

    WarningBanners(VBox box, SecurityViewModel security, Messages messages, Runnable showDetails) {
        this.box = box;
        this.security = security;
        this.messages = messages;
        this.showDetails = showDetails;
        security.warnings().addListener((ListChangeListener<WarningItem>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        box.getChildren().setAll(security.warnings().stream().map(this::banner).toList());
        box.setVisible(!security.warnings().isEmpty());
        box.setManaged(box.isVisible());
    }

    private Node banner(WarningItem item) {
        FontIcon icon = new FontIcon(severe(item.kind()) ? "mdrmz-report" : "mdrmz-warning");
        icon.getStyleClass().add("banner-icon");
        Label title = new Label(messages.get(titleKey(item.kind()))
                + (item.count() > 1 ? "  " + messages.get("warning.repeated", item.count()) : ""));
        title.getStyleClass().add("banner-title");
        Label text = new Label(item.message());
        text.setWrapText(true);
        text.getStyleClass().add("banner-text");
        VBox words = new VBox(2, title, text);
        HBox.setHgrow(words, Priority.ALWAYS);
        Button details = new Button(messages.get("warning.details"));
        details.getStyleClass().addAll("banner-button", "small");
        details.setOnAction(event -> showDetails.run());
        Button dismiss = new Button(null, new FontIcon("mdral-close"));
        dismiss.getStyleClass().addAll("banner-button", "button-icon", "small");
        dismiss.setAccessibleText(messages.get("warning.dismiss"));
        dismiss.setOnAction(event -> security.dismiss(item));
        HBox banner = new HBox(12, icon, words, details, dismiss);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().addAll("security-banner", severe(item.kind()) ? "banner-danger" : "banner-warning");
        banner.setAccessibleText(title.getText() + ". " + item.message());
        return banner;
    }

    static boolean severe(SecurityWarning.Kind kind) {
        return kind != SecurityWarning.Kind.REKEY_STALLED && kind != SecurityWarning.Kind.REJECTED_INPUT;
    }

    static String titleKey(SecurityWarning.Kind kind) {
        return switch (kind) {
            case KEY_CHANGED -> "warning.keyChanged";
            case DECRYPTION_FAILED -> "warning.decryptionFailed";
            case REKEY_STALLED -> "warning.rekeyStalled";
            case HOST_MISMATCH -> "warning.hostMismatch";
            case FORGED_MESSAGE -> "warning.forged";
            case HOST_GONE -> "warning.hostGone";
            case PASSWORD_GUESS -> "warning.passwordGuess";
            case REJECTED_INPUT -> "warning.rejectedInput";
            case REMOTE_CONTROL_REFUSED -> "warning.remoteControlRefused";
        };
    }
}
