package org.sealroom.client.ui.meeting;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.sealroom.client.ui.Messages;

/** Asks before actions that cannot be undone. */
final class Confirmations {

    private Confirmations() {}

    static boolean confirm(Node owner, Messages messages, String title, String text, String confirmLabel, boolean danger) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(danger ? Alert.AlertType.WARNING : Alert.AlertType.CONFIRMATION, text, confirm, cancel);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        if (danger) {
            alert.getDialogPane().lookupButton(confirm).getStyleClass().add("danger");
        }
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }
}
