package org.sealroom.client.ui.meeting;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sealroom.client.session.E2eeStatus;
import org.sealroom.client.session.MeetingSession;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.SecurityWarning;
import org.sealroom.client.ui.Messages;

/**
 * End-to-end encryption as the user sees it: the badge, the security code of the current epoch (protocol.md §7), each
 * participant's identity state with "mark verified", and warning banners nobody can miss.
 */
public final class SecurityViewModel {

    private final MeetingSession session;
    private final ReadOnlyObjectWrapper<E2eeStatus> status = new ReadOnlyObjectWrapper<>(E2eeStatus.NONE);
    private final ObservableList<WarningItem> warnings = FXCollections.observableArrayList();
    private final BooleanBinding established;
    private final StringBinding badgeText;
    private final StringBinding securityCode;

    SecurityViewModel(MeetingSession session, Messages messages) {
        this.session = session;
        established = Bindings.createBooleanBinding(() -> status.get().established(), status);
        badgeText = Bindings.createStringBinding(() -> status.get().established()
                ? messages.get("security.badge.encrypted")
                : messages.get("security.badge.securing"), status);
        securityCode = Bindings.createStringBinding(() -> formatCode(status.get().securityCode()), status);
    }

    void update(E2eeStatus newStatus) {
        status.set(Objects.requireNonNull(newStatus));
    }

    void warn(SecurityWarning warning) {
        for (int i = 0; i < warnings.size(); i++) {
            if (warnings.get(i).sameAs(warning)) {
                warnings.set(i, warnings.get(i).repeated(warning.at()));
                return;
            }
        }
        warnings.add(new WarningItem(warning.kind(), warning.message(), 1, warning.at()));
    }

    public void dismiss(WarningItem item) {
        warnings.remove(item);
    }

    public void markVerified(ParticipantId participant) {
        session.markVerified(participant);
    }

    /**
     * Six groups of five digits in two lines of three, so people can read it aloud group by group. Codes in another
     * shape are shown as they came.
     */
    static String formatCode(String code) {
        String digits = code.replaceAll("\\s", "");
        if (digits.length() != 30 || !digits.chars().allMatch(Character::isDigit)) {
            return code.strip();
        }
        StringBuilder out = new StringBuilder();
        for (int group = 0; group < 6; group++) {
            if (group == 3) {
                out.append('\n');
            } else if (group > 0) {
                out.append("  ");
            }
            out.append(digits, group * 5, group * 5 + 5);
        }
        return out.toString();
    }

    public ReadOnlyObjectProperty<E2eeStatus> statusProperty() { return status.getReadOnlyProperty(); }

    public BooleanBinding establishedProperty() { return established; }

    public StringBinding badgeTextProperty() { return badgeText; }

    public StringBinding securityCodeProperty() { return securityCode; }

    public ObservableList<WarningItem> warnings() { return warnings; }
}
