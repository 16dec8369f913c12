package org.sealroom.client.ui.unlock;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sealroom.client.session.IdentityService;
import org.sealroom.client.session.Passphrase;
import org.sealroom.client.session.WrongPassphraseException;
import org.sealroom.client.ui.BackgroundTask;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.Navigation;
import org.sealroom.client.ui.UiExecutors;
import org.sealroom.client.ui.UserFacingErrors;

/** Opens a passphrase-protected identity key file at start-up. */
public final class UnlockViewModel {

    private final IdentityService identity;
    private final UiExecutors executors;
    private final Navigation navigation;
    private final Messages messages;
    private final Optional<String> pendingLink;

    private final StringProperty passphrase = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public UnlockViewModel(IdentityService identity, UiExecutors executors, Navigation navigation, Messages messages,
            Optional<String> pendingLink) {
        this.identity = identity;
        this.executors = executors;
        this.navigation = navigation;
        this.messages = messages;
        this.pendingLink = pendingLink;
    }

    public void unlock() {
        if (busy.get() || passphrase.get().isEmpty()) {
            error.set(passphrase.get().isEmpty() ? messages.get("unlock.error.empty") : error.get());
            return;
        }
        Passphrase secret = Passphrase.of(passphrase.get());
        passphrase.set("");
        busy.set(true);
        error.set("");
        BackgroundTask.run(executors, () -> {
            try (secret) {
                return identity.load(Optional.of(secret));
            }
        }, summary -> {
            busy.set(false);
            navigation.showHome(pendingLink, Optional.empty());
        }, failure -> {
            busy.set(false);
            error.set(failure instanceof WrongPassphraseException
                    ? messages.get("unlock.error.wrong")
                    : UserFacingErrors.describe(failure, messages));
        });
    }

    public StringProperty passphraseProperty() { return passphrase; }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
}
