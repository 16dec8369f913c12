package org.sealroom.client.ui.meeting;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sealroom.client.session.IdentityState;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.meeting.video.Avatars;

/** Pieces the side panels share: the header with a close button, section titles, avatars, identity chips. */
final class PanelChrome {

    private PanelChrome() {}

    static VBox panel(String title, Messages messages, Runnable onClose, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("panel-title");
        Button close = new Button(null, new FontIcon("mdral-close"));
        close.getStyleClass().addAll("flat", "button-icon", "small");
        close.setAccessibleText(messages.get("panel.close"));
        close.setOnAction(event -> onClose.run());
        HBox header = new HBox(8, heading, spacer(), close);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("panel-header");
        VBox box = new VBox(12, header);
        box.getChildren().addAll(content);
        box.getStyleClass().add("panel");
        return box;
    }

    /** A panel whose content scrolls under a fixed header. */
    static VBox scrollingPanel(String title, Messages messages, Runnable onClose, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return panel(title, messages, onClose, scroll);
    }

    static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("panel-section");
        return label;
    }

    static Label paragraph(String text, String... styles) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(styles);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A button that never shrinks to "…": its label is the action. */
    static Button button(String text, String... styles) {
        Button button = new Button(text);
        button.getStyleClass().addAll(styles);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    static Region spacer() {
        Region region = new Region();
        HBox.setHgrow(region, Priority.ALWAYS);
        return region;
    }

    static StackPane avatar(String displayName) {
        Label initials = new Label(Avatars.initials(displayName));
        initials.getStyleClass().add("avatar-initials-small");
        StackPane avatar = new StackPane(initials);
        avatar.getStyleClass().addAll("avatar-small", Avatars.colourClass(displayName));
        return avatar;
    }

    static Label identityChip(IdentityState state, Messages messages) {
        Label chip = new Label(messages.get(identityKey(state)));
        chip.getStyleClass().addAll("chip", switch (state) {
            case NEW -> "chip-neutral";
            case SEEN_BEFORE -> "chip-info";
            case VERIFIED -> "chip-success";
            case KEY_CHANGED -> "chip-danger";
        });
        chip.setMinWidth(Region.USE_PREF_SIZE);
        chip.setGraphic(new FontIcon(switch (state) {
            case NEW -> "mdrmz-person_outline";
            case SEEN_BEFORE -> "mdral-history";
            case VERIFIED -> "mdrmz-verified_user";
            case KEY_CHANGED -> "mdrmz-warning";
        }));
        return chip;
    }

    static String identityKey(IdentityState state) {
        return switch (state) {
            case NEW -> "identity.new";
            case SEEN_BEFORE -> "identity.seenBefore";
            case VERIFIED -> "identity.verified";
            case KEY_CHANGED -> "identity.keyChanged";
        };
    }
}
