package org.sealroom.client.ui.meeting;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sealroom.client.session.IdentityState;
import org.sealroom.client.session.ParticipantInfo;
import org.sealroom.client.ui.FxBind;
import org.sealroom.client.ui.Messages;

/**
 * The security side panel behind the E2EE badge: the security code to compare aloud, and every participant's identity
 * state and safety number with "mark verified" after an out-of-band comparison.
 */
final class SecurityPanel {

    private final ParticipantsViewModel participants;
    private final SecurityViewModel security;
    private final Messages messages;
    private final VBox identities = new VBox(8);
    private final VBox root;

    SecurityPanel(SecurityViewModel security, ParticipantsViewModel participants, Messages messages, Runnable onClose) {
        this.security = security;
        this.participants = participants;
        this.messages = messages;

        FontIcon lock = new FontIcon("mdral-lock");
        lock.getStyleClass().add("security-hero-icon");
        Label status = new Label();
        status.textProperty().bind(security.badgeTextProperty());
        status.getStyleClass().add("title-4");
        HBox hero = new HBox(10, lock, status);
        hero.setAlignment(Pos.CENTER_LEFT);
        hero.getStyleClass().add("security-hero");
        Label explain = PanelChrome.paragraph(messages.get("security.explain"), "text-muted");

        Label code = new Label();
        code.textProperty().bind(security.securityCodeProperty());
        code.getStyleClass().add("security-code");
        code.accessibleTextProperty().bind(security.securityCodeProperty());
        Label epoch = new Label();
        epoch.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("security.epoch", security.statusProperty().get().epoch()), security.statusProperty()));
        epoch.getStyleClass().addAll("text-muted", "text-small");
        VBox codeBox = new VBox(6, PanelChrome.section(messages.get("security.code")), code, epoch,
                PanelChrome.paragraph(messages.get("security.code.help"), "text-muted", "text-small"));
        codeBox.getStyleClass().add("security-code-box");
        FxBind.showWhen(codeBox, security.establishedProperty());
        Label pending = PanelChrome.paragraph(messages.get("security.code.pending"), "text-muted");
        FxBind.showWhen(pending, security.establishedProperty().not());

        Label passwordHint = PanelChrome.paragraph(messages.get("security.passwordJoin"), "warning-banner");
        passwordHint.setGraphic(new FontIcon("mdrmz-warning"));
        FxBind.showWhen(passwordHint, Bindings.createBooleanBinding(
                () -> security.statusProperty().get().joinedWithPassword(), security.statusProperty()));

        VBox body = new VBox(14, hero, explain, passwordHint, codeBox, pending,
                PanelChrome.section(messages.get("security.identities")), identities);
        root = PanelChrome.scrollingPanel(messages.get("security.title"), messages, onClose, body);
        InvalidationListener rebuild = observable -> rebuildIdentities();
        participants.participants().addListener(rebuild);
        rebuildIdentities();
    }

    VBox root() {
        return root;
    }

    private void rebuildIdentities() {
        identities.getChildren().setAll(participants.participants().stream().map(this::identityRow).toList());
    }

    private Node identityRow(ParticipantInfo p) {
        Label name = new Label(p.me() ? messages.get("meeting.tile.you", p.displayName()) : p.displayName());
        name.getStyleClass().add("row-name");
        Label number = new Label(p.safetyNumber());
        number.setWrapText(true);
        number.getStyleClass().addAll("mono", "text-small");
        VBox text = new VBox(4, name, number);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(10, PanelChrome.avatar(p.displayName()), text);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("panel-row");
        if (!p.me()) {
            VBox side = new VBox(6, PanelChrome.identityChip(p.identity(), messages));
            side.setMinWidth(Region.USE_PREF_SIZE);
            side.setAlignment(Pos.TOP_RIGHT);
            if (p.identity() != IdentityState.VERIFIED) {
                Button verify = PanelChrome.button(messages.get("security.verify"), "button-outlined", "small");
                verify.setAccessibleText(messages.get("security.verify.accessible", p.displayName()));
                verify.setOnAction(event -> {
                    if (Confirmations.confirm(row, messages, messages.get("security.verify.title", p.displayName()),
                            messages.get("security.verify.text", p.displayName(), p.safetyNumber()),
                            messages.get("security.verify.confirm"), false)) {
                        security.markVerified(p.id());
                    }
                });
                side.getChildren().add(verify);
            }
            row.getChildren().add(side);
        }
        return row;
    }
}
