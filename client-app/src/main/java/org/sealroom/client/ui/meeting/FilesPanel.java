package org.sealroom.client.ui.meeting;

import java.io.File;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sealroom.client.session.FileTransferView;
import org.sealroom.client.session.FileTransferView.Direction;
import org.sealroom.client.session.FileTransferView.State;
import org.sealroom.client.ui.FxBind;
import org.sealroom.client.ui.Messages;

/**
 * The files side panel: send a file to everyone or one person, choose the downloads folder, and follow every
 * transfer — accept or decline offers, watch progress, cancel. Saved files are shown by path, never opened.
 */
final class FilesPanel {

    private final FilesViewModel files;
    private final Messages messages;
    private final VBox rows = new VBox(10);
    private final VBox root;

    FilesPanel(FilesViewModel files, Messages messages, Runnable onClose) {
        this.files = files;
        this.messages = messages;
        ComboBox<ChatRecipient> recipient = new ComboBox<>(files.recipients());
        recipient.valueProperty().bindBidirectional(files.recipientProperty());
        recipient.setMaxWidth(Double.MAX_VALUE);
        recipient.setAccessibleText(messages.get("files.recipient"));
        HBox.setHgrow(recipient, Priority.ALWAYS);
        Button send = PanelChrome.button(messages.get("files.send"), "accent");
        send.setGraphic(new FontIcon("mdral-attach_file"));
        send.setOnAction(event -> {
            File chosen = new FileChooser().showOpenDialog(send.getScene().getWindow());
            if (chosen != null) {
                files.send(chosen.toPath());
            }
        });
        HBox sendRow = new HBox(8, recipient, send);
        sendRow.setAlignment(Pos.CENTER_LEFT);

        Label problem = PanelChrome.paragraph("", "danger-text", "text-small");
        FxBind.showText(problem, problem, files.problemProperty());

        TextField folder = new TextField();
        folder.setEditable(false);
        folder.textProperty().bind(files.downloadDirectoryProperty().asString());
        folder.setAccessibleText(messages.get("files.folder"));
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button change = PanelChrome.button(messages.get("files.folder.change"), "button-outlined", "small");
        change.setOnAction(event -> {
            DirectoryChooser chooser = new DirectoryChooser();
            File current = files.downloadDirectoryProperty().get().toFile();
            if (current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File chosen = chooser.showDialog(change.getScene().getWindow());
            if (chosen != null) {
                files.setDownloadDirectory(chosen.toPath());
            }
        });
        HBox folderRow = new HBox(8, folder, change);
        folderRow.setAlignment(Pos.CENTER_LEFT);
        Label limits = PanelChrome.paragraph(messages.get("files.note", humanSize(files.maxFileBytes())),
                "text-muted", "text-small");
        limits.setGraphic(new FontIcon("mdral-lock"));

        files.transfers().addListener((ListChangeListener<FileTransferView>) c -> showRows());
        showRows();
        VBox content = new VBox(12, sendRow, problem, PanelChrome.section(messages.get("files.folder")), folderRow,
                PanelChrome.section(messages.get("files.transfers")), rows, limits);
        content.getStyleClass().add("panel-content");
        root = PanelChrome.scrollingPanel(messages.get("files.title"), messages, onClose, content);
    }

    VBox root() {
        return root;
    }

    private void showRows() {
        List<Node> shown = files.transfers().reversed().stream().<Node>map(this::row).toList();
        rows.getChildren().setAll(shown.isEmpty()
                ? List.of(PanelChrome.paragraph(messages.get("files.none"), "text-muted")) : shown);
    }

    private VBox row(FileTransferView t) {
        boolean outgoing = t.direction() == Direction.OUTGOING;
        FontIcon icon = new FontIcon(outgoing ? "mdral-file_upload" : "mdrmz-save_alt");
        Label name = new Label(t.name());
        name.getStyleClass().add("row-name");
        name.setMinWidth(0);
        Label size = new Label(humanSize(t.size()));
        size.getStyleClass().addAll("text-muted", "text-small");
        HBox top = new HBox(8, icon, name, PanelChrome.spacer(), size);
        top.setAlignment(Pos.CENTER_LEFT);
        Label who = PanelChrome.paragraph(messages.get(outgoing ? "files.to" : "files.from", t.peerName()) + " · "
                + messages.get("files.state." + t.state().name().toLowerCase(java.util.Locale.ROOT)), "text-small");
        VBox row = new VBox(6, top, who);
        row.getStyleClass().addAll("panel-row", "file-row");
        row.setAccessibleText(t.name() + ", " + who.getText());
        if (!t.state().finished() && t.state() != State.OFFERED) {
            ProgressBar bar = new ProgressBar(t.progress());
            bar.getStyleClass().add("file-progress");
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.setAccessibleText(messages.get("files.progress", Math.round(t.progress() * 100)));
            row.getChildren().add(bar);
        }
        t.problem().ifPresent(p -> row.getChildren().add(PanelChrome.paragraph(p, "text-muted", "text-small")));
        t.savedAs().ifPresent(path -> {
            TextField saved = new TextField(path.toString()); // selectable to copy; never opened for the user
            saved.setEditable(false);
            saved.getStyleClass().add("file-saved");
            saved.setAccessibleText(messages.get("files.savedAs"));
            row.getChildren().add(saved);
        });
        HBox actions = new HBox(8);
        if (!outgoing && t.state() == State.OFFERED) {
            Button decline = PanelChrome.button(messages.get("files.decline"), "button-outlined", "small", "file-decline");
            decline.setOnAction(event -> files.decline(t.id()));
            Button accept = PanelChrome.button(messages.get("files.accept"), "success", "small", "file-accept");
            accept.setOnAction(event -> files.accept(t.id()));
            actions.getChildren().addAll(decline, accept);
        } else if (!t.state().finished()) {
            Button cancel = PanelChrome.button(messages.get("files.cancel"), "button-outlined", "small", "file-cancel");
            cancel.setOnAction(event -> files.cancel(t.id()));
            actions.getChildren().add(cancel);
        }
        if (!actions.getChildren().isEmpty()) {
            row.getChildren().add(actions);
        }
        return row;
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
    }
}
