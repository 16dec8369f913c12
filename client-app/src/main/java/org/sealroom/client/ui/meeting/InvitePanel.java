package org.sealroom.client.ui.meeting;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sealroom.client.session.MeetingInfo;
import org.sealroom.client.ui.MeetingNumber;
import org.sealroom.client.ui.Messages;

/** How others join: the link (which carries the meeting secret), or the meeting number and password. */
final class InvitePanel {

    private final VBox root;

    InvitePanel(MeetingInfo info, Messages messages, Runnable onClose) {
        TextArea link = new TextArea(info.joinLink());
        link.setEditable(false);
        link.setWrapText(true);
        link.setPrefRowCount(4);
        link.getStyleClass().add("mono");
        link.setAccessibleText(messages.get("invite.link"));
        Button copy = new Button(messages.get("invite.copy"), new FontIcon("mdral-content_copy"));
        copy.getStyleClass().add("accent");
        copy.setMaxWidth(Double.MAX_VALUE);
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(info.joinLink());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(messages.get("invite.copied"));
        });
        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(8);
        facts.addRow(0, muted(messages.get("invite.number")), new Label(MeetingNumber.grouped(info.meetingNumber())));
        info.password().ifPresent(password ->
                facts.addRow(1, muted(messages.get("invite.password")), new Label(password)));
        facts.addRow(2, muted(messages.get("invite.relay")), new Label(info.relayAddress()));
        // The number-and-password form is offered only when the meeting has a password to give.
        root = info.password().isPresent()
                ? PanelChrome.panel(messages.get("invite.title"), messages, onClose,
                        PanelChrome.section(messages.get("invite.link")), link, copy,
                        PanelChrome.paragraph(messages.get("invite.linkHelp"), "text-muted", "text-small"),
                        PanelChrome.section(messages.get("invite.byNumber")), facts,
                        PanelChrome.paragraph(messages.get("invite.numberHelp"), "text-muted", "text-small"))
                : PanelChrome.panel(messages.get("invite.title"), messages, onClose,
                        PanelChrome.section(messages.get("invite.link")), link, copy,
                        PanelChrome.paragraph(messages.get("invite.linkHelp"), "text-muted", "text-small"));
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        return label;
    }

    VBox root() {
        return root;
    }
}
