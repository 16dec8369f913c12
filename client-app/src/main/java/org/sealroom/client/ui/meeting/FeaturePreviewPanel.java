package org.sealroom.client.ui.meeting;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sealroom.client.ui.Messages;

/**
 * A panel for a feature this version does not have yet: it says what the feature will do and that it is not
 * available, and does nothing else.
 */
final class FeaturePreviewPanel {

    private final VBox root;

    FeaturePreviewPanel(String iconLiteral, String title, String description, Messages messages, Runnable onClose) {
        FontIcon icon = new FontIcon(iconLiteral);
        icon.getStyleClass().add("preview-icon");
        StackPane iconBox = new StackPane(icon);
        iconBox.getStyleClass().add("preview-icon-box");
        Label status = new Label(messages.get("preview.notYet"));
        status.getStyleClass().addAll("chip", "chip-neutral");
        root = PanelChrome.panel(title, messages, onClose, iconBox, status,
                PanelChrome.paragraph(description, "preview-text"));
    }

    VBox root() {
        return root;
    }
}
