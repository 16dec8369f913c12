package org.sealroom.client.ui.meeting;

import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sealroom.client.session.LobbyEntry;
import org.sealroom.client.session.ParticipantInfo;
import org.sealroom.client.session.Role;
import org.sealroom.client.ui.Messages;

/**
 * The participants side panel: for the host, the lobby with admit and deny; then everyone in the meeting with mute,
 * camera and identity state, and the host's actions (co-host, hand over host, remove).
 */
final class ParticipantsPanel {

    private final ParticipantsViewModel participants;
    private final LobbyViewModel lobby;
    private final Messages messages;
    private final VBox content = new VBox(10);
    private final VBox root;

    ParticipantsPanel(ParticipantsViewModel participants, LobbyViewModel lobby, Messages messages, Runnable onClose) {
        this.participants = participants;
        this.lobby = lobby;
        this.messages = messages;
        root = PanelChrome.scrollingPanel(messages.get("participants.title"), messages, onClose, content);
        InvalidationListener rebuild = observable -> rebuild();
        participants.participants().addListener(rebuild);
        participants.hostProperty().addListener(rebuild);
        participants.recording().addListener(rebuild);
        lobby.entries().addListener(rebuild);
        rebuild();
    }

    VBox root() {
        return root;
    }

    private void rebuild() {
        content.getChildren().clear();
        if (participants.hostProperty().get() && !lobby.entries().isEmpty()) {
            Button admitAll = new Button(messages.get("lobby.admitAll"));
            admitAll.getStyleClass().addAll("flat", "small");
            admitAll.setOnAction(event -> lobby.admitAll());
            HBox heading = new HBox(8, PanelChrome.section(messages.get("lobby.title", lobby.entries().size())),
                    PanelChrome.spacer(), admitAll);
            heading.setAlignment(Pos.CENTER_LEFT);
            content.getChildren().add(heading);
            lobby.entries().forEach(entry -> content.getChildren().add(lobbyRow(entry)));
        }
        content.getChildren().add(PanelChrome.section(messages.get("participants.inMeeting", participants.participants().size())));
        participants.participants().forEach(p -> content.getChildren().add(memberRow(p)));
    }

    private Node lobbyRow(LobbyEntry entry) {
        Label name = new Label(entry.displayName());
        name.getStyleClass().add("row-name");
        Label detail = new Label(messages.get("lobby.safetyNumber", shortSafetyNumber(entry.safetyNumber())));
        detail.getStyleClass().addAll("text-muted", "text-small", "mono");
        detail.setWrapText(true);
        HBox chipRow = new HBox(PanelChrome.identityChip(entry.identity(), messages));
        VBox text = new VBox(3, name, detail, chipRow);
        text.setMinWidth(0);
        if (entry.joinedWithPassword()) {
            text.getChildren().add(PanelChrome.paragraph(messages.get("lobby.password"), "text-muted", "text-small"));
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        Button deny = PanelChrome.button(messages.get("lobby.deny"), "button-outlined", "danger", "small");
        deny.setAccessibleText(messages.get("lobby.deny.accessible", entry.displayName()));
        deny.setOnAction(event -> lobby.deny(entry.id()));
        Button admit = PanelChrome.button(messages.get("lobby.admit"), "success", "small");
        admit.setAccessibleText(messages.get("lobby.admit.accessible", entry.displayName()));
        admit.setOnAction(event -> lobby.admit(entry.id()));
        HBox row = new HBox(10, PanelChrome.avatar(entry.displayName()), text, deny, admit);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("panel-row", "lobby-row");
        return row;
    }

    private Node memberRow(ParticipantInfo p) {
        Label name = new Label(p.me() ? messages.get("meeting.tile.you", p.displayName()) : p.displayName());
        name.getStyleClass().add("row-name");
        HBox tags = new HBox(6, PanelChrome.identityChip(p.identity(), messages));
        if (p.role() != Role.MEMBER) {
            Label role = new Label(messages.get(p.role() == Role.HOST ? "role.host" : "role.cohost"));
            role.getStyleClass().addAll("chip", "chip-accent");
            tags.getChildren().addFirst(role);
        }
        if (participants.recording().contains(p.id())) {
            Label recording = new Label(messages.get("participants.recording"));
            recording.getStyleClass().addAll("chip", "chip-danger", "recording-marker");
            tags.getChildren().add(recording);
        }
        VBox text = new VBox(3, name, tags);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        FontIcon mic = new FontIcon(p.microphoneOn() ? "mdrmz-mic" : "mdrmz-mic_off");
        mic.getStyleClass().add(p.microphoneOn() ? "muted-icon" : "danger-text");
        FontIcon camera = new FontIcon(p.cameraOn() ? "mdrmz-videocam" : "mdrmz-videocam_off");
        camera.getStyleClass().add(p.cameraOn() ? "muted-icon" : "danger-text");
        HBox row = new HBox(10, PanelChrome.avatar(p.displayName()), text, mic, camera);
        if (p.handRaised()) {
            FontIcon hand = new FontIcon("mdrmz-pan_tool");
            hand.getStyleClass().add("hand-icon");
            hand.setAccessibleText(messages.get("participants.handRaised"));
            row.getChildren().add(2, hand);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("panel-row");
        row.setAccessibleText(p.displayName());
        if (participants.hostProperty().get() && !p.me()) {
            row.getChildren().add(hostActions(p, row));
        }
        return row;
    }

    private MenuButton hostActions(ParticipantInfo p, Node owner) {
        MenuItem coHost = new MenuItem(messages.get("participants.makeCoHost"));
        coHost.setDisable(p.role() == Role.COHOST);
        coHost.setOnAction(event -> participants.makeCoHost(p.id()));
        MenuItem handOver = new MenuItem(messages.get("participants.handOver"));
        handOver.setOnAction(event -> {
            if (Confirmations.confirm(owner, messages, messages.get("participants.handOver.title", p.displayName()),
                    messages.get("participants.handOver.text", p.displayName()),
                    messages.get("participants.handOver"), false)) {
                participants.handOverHost(p.id());
            }
        });
        MenuItem remove = new MenuItem(messages.get("participants.remove"));
        remove.getStyleClass().add("danger-item");
        remove.setOnAction(event -> {
            if (Confirmations.confirm(owner, messages, messages.get("participants.remove.title", p.displayName()),
                    messages.get("participants.remove.text", p.displayName()),
                    messages.get("participants.remove"), true)) {
                participants.remove(p.id());
            }
        });
        MenuItem lowerHand = new MenuItem(messages.get("participants.lowerHand"));
        lowerHand.setDisable(!p.handRaised());
        lowerHand.setOnAction(event -> participants.lowerHand(p.id()));
        MenuButton menu = new MenuButton(null, new FontIcon("mdrmz-more_vert"), lowerHand, coHost, handOver, remove);
        menu.getStyleClass().addAll("flat", "button-icon", "no-arrow");
        menu.setAccessibleText(messages.get("participants.actions", p.displayName()));
        return menu;
    }

    /** The first two groups are enough to tell people apart in a list; the security panel shows it whole. */
    static String shortSafetyNumber(String safetyNumber) {
        String[] groups = safetyNumber.strip().split("\\s+");
        return groups.length <= 2 ? safetyNumber.strip() : groups[0] + " " + groups[1] + " …";
    }
}
