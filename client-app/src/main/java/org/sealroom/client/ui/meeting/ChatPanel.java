package org.sealroom.client.ui.meeting;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sealroom.client.ui.Messages;

/** The chat side panel: lines as bubbles, a recipient picker, and the draft with a send button. */
final class ChatPanel {

    private final VBox root;
    private final TextField draft = new TextField();

    ChatPanel(ChatViewModel chat, Messages messages, Runnable onClose) {
        ListView<ChatLine> lines = new ListView<>(chat.lines());
        lines.getStyleClass().addAll("chat-list", "edge-to-edge");
        lines.setAccessibleText(messages.get("chat.title"));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(messages.formattingLocale()).withZone(ZoneId.systemDefault());
        lines.setCellFactory(list -> new ChatCell(messages, time));
        lines.setPlaceholder(PanelChrome.paragraph(messages.get("chat.empty"), "text-muted"));
        chat.lines().addListener((ListChangeListener<ChatLine>) change -> lines.scrollTo(chat.lines().size() - 1));
        VBox.setVgrow(lines, Priority.ALWAYS);

        ComboBox<ChatRecipient> recipient = new ComboBox<>(chat.recipients());
        recipient.valueProperty().bindBidirectional(chat.recipientProperty());
        recipient.setMaxWidth(Double.MAX_VALUE);
        recipient.setAccessibleText(messages.get("chat.recipient"));

        draft.textProperty().bindBidirectional(chat.draftProperty());
        draft.setPromptText(messages.get("chat.prompt"));
        draft.setAccessibleText(messages.get("chat.prompt"));
        draft.setOnAction(event -> chat.send());
        HBox.setHgrow(draft, Priority.ALWAYS);
        Button send = new Button(null, new FontIcon("mdrmz-send"));
        send.getStyleClass().addAll("accent", "button-icon");
        send.setAccessibleText(messages.get("chat.send"));
        send.disableProperty().bind(chat.canSendProperty().not());
        send.setOnAction(event -> chat.send());
        HBox compose = new HBox(8, draft, send);
        compose.setAlignment(Pos.CENTER);

        Label note = PanelChrome.paragraph(messages.get("chat.e2ee"), "text-muted", "text-small");
        note.setGraphic(new FontIcon("mdral-lock"));
        root = PanelChrome.panel(messages.get("chat.title"), messages, onClose, lines, recipient, compose, note);
    }

    VBox root() {
        return root;
    }

    void focus() {
        draft.requestFocus();
    }

    /** A line: who and when above, the text in a bubble; our own lines on the right. */
    private static final class ChatCell extends ListCell<ChatLine> {
        private final Messages messages;
        private final DateTimeFormatter time;

        ChatCell(Messages messages, DateTimeFormatter time) {
            this.messages = messages;
            this.time = time;
        }

        @Override
        protected void updateItem(ChatLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                setContextMenu(null);
                return;
            }
            String who = line.isPrivate()
                    ? messages.get(line.mine() ? "chat.privateTo" : "chat.privateFrom", line.privateWith())
                    : line.fromName();
            Label meta = new Label(line.mine() && !line.isPrivate() ? messages.get("chat.you") : who);
            meta.getStyleClass().add("chat-meta");
            Label at = new Label(time.format(line.sentAt()));
            at.getStyleClass().add("chat-time");
            HBox header = new HBox(6, meta, at);
            Label text = new Label(line.text());
            text.setWrapText(true);
            text.getStyleClass().add("chat-bubble");
            if (line.mine()) text.getStyleClass().add("chat-bubble-mine");
            if (line.isPrivate()) text.getStyleClass().add("chat-bubble-private");
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.maxWidthProperty().bind(getListView().widthProperty().subtract(56));
            VBox box = new VBox(3, header, text);
            box.setMinWidth(0);
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(24));
            box.setAlignment(line.mine() ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
            header.setAlignment(line.mine() ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
            setGraphic(box);
            setAccessibleText(who + ": " + line.text());
            // Plain text only: links are shown, never opened; Copy puts the text on the clipboard.
            MenuItem copy = new MenuItem(messages.get("chat.copy"));
            copy.setOnAction(event -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT,
                    line.text())));
            setContextMenu(new ContextMenu(copy));
        }
    }
}
