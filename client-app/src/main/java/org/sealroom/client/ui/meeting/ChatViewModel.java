package org.sealroom.client.ui.meeting;

import java.time.Clock;
import java.util.Optional;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sealroom.client.session.ChatMessage;
import org.sealroom.client.session.MeetingSession;
import org.sealroom.client.session.ParticipantInfo;
import org.sealroom.client.ui.Messages;

/**
 * The meeting chat: received and sent lines, a draft, the recipient (everyone or one person privately) and the number
 * of lines that arrived while the panel was closed. Sent lines are shown at once; the session's echo of our own lines,
 * if it sends one, is ignored.
 */
public final class ChatViewModel {

    /** Older lines are dropped beyond this, so a long meeting does not grow without bound. */
    static final int MAX_LINES = 500;
    /** A chat line is at most this long, so one paste cannot flood everyone's screen. */
    public static final int MAX_TEXT_LENGTH = 4000;

    private final MeetingSession session;
    private final Messages messages;
    private final Clock clock;
    private final ObservableList<ChatLine> lines = FXCollections.observableArrayList();
    private final ObservableList<ChatRecipient> recipients = FXCollections.observableArrayList();
    private final StringProperty draft = new SimpleStringProperty("");
    private final ObjectProperty<ChatRecipient> recipient = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper unread = new ReadOnlyIntegerWrapper(0);
    private final BooleanBinding canSend;
    private boolean open;

    ChatViewModel(MeetingSession session, Messages messages, Clock clock) {
        this.session = session;
        this.messages = messages;
        this.clock = clock;
        ChatRecipient everyone = ChatRecipient.everyone(messages.get("chat.everyone"));
        recipients.add(everyone);
        recipient.set(everyone);
        canSend = Bindings.createBooleanBinding(
                () -> !draft.get().isBlank() && draft.get().length() <= MAX_TEXT_LENGTH, draft);
    }

    public void send() {
        if (!canSend.get()) {
            return;
        }
        String text = draft.get().strip();
        ChatRecipient to = recipient.get();
        if (to.participant().isPresent()) {
            session.sendPrivateChat(to.participant().get(), text);
        } else {
            session.sendChat(text);
        }
        append(new ChatLine(messages.get("chat.you"), text, clock.instant(), true, to.participant().isPresent() ? to.label() : ""));
        draft.set("");
    }

    void received(ChatMessage message, Optional<ParticipantInfo> me) {
        if (me.isPresent() && message.from().equals(me.get().id())) {
            return;
        }
        String privateWith = message.isPrivate() ? message.fromName() : "";
        append(new ChatLine(message.fromName(), message.text(), message.sentAt(), false, privateWith));
        if (!open) {
            unread.set(unread.get() + 1);
        }
    }

    /** Keeps the recipient choices in step with the roster; a private recipient who left falls back to everyone. */
    void rosterChanged(List<ParticipantInfo> roster) {
        ChatRecipient everyone = recipients.getFirst();
        ChatRecipient chosen = recipient.get();
        recipients.setAll(everyone);
        roster.stream()
                .filter(p -> !p.me())
                .map(p -> new ChatRecipient(Optional.of(p.id()), messages.get("chat.privateTo", p.displayName())))
                .forEach(recipients::add);
        recipient.set(recipients.stream().filter(r -> r.participant().equals(chosen.participant())).findFirst()
                .orElse(everyone));
    }

    void setOpen(boolean isOpen) {
        open = isOpen;
        if (isOpen) {
            unread.set(0);
        }
    }

    private void append(ChatLine line) {
        lines.add(line);
        if (lines.size() > MAX_LINES) {
            lines.remove(0, lines.size() - MAX_LINES);
        }
    }

    public ObservableList<ChatLine> lines() { return lines; }

    public ObservableList<ChatRecipient> recipients() { return recipients; }

    public StringProperty draftProperty() { return draft; }

    public ObjectProperty<ChatRecipient> recipientProperty() { return recipient; }

    public ReadOnlyIntegerProperty unreadProperty() { return unread.getReadOnlyProperty(); }

    public BooleanBinding canSendProperty() { return canSend; }
}
