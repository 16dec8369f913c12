package org.sealroom.client.ui.firstrun;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sealroom.client.session.IdentityService;
import org.sealroom.client.session.IdentitySummary;
import org.sealroom.client.session.Passphrase;
import org.sealroom.client.settings.SettingsStore;
import org.sealroom.client.ui.BackgroundTask;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.Navigation;
import org.sealroom.client.ui.UiExecutors;
import org.sealroom.client.ui.UserFacingErrors;

/**
 * First run: the user picks a display name, the identity key is created (optionally protected by a passphrase), and
 * its safety number is shown before the user continues.
 */
public final class FirstRunViewModel {

    /** Passphrases shorter than this are refused: the key file may be copied and attacked offline. */
    public static final int MIN_PASSPHRASE_LENGTH = 8;

    private final IdentityService identity;
    private final SettingsStore store;
    private final UiExecutors executors;
    private final Navigation navigation;
    private final Messages messages;

    private final StringProperty displayName = new SimpleStringProperty("");
    private final BooleanProperty protectWithPassphrase = new SimpleBooleanProperty(false);
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty passphraseRepeat = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper created = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper safetyNumber = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final StringBinding problem;
    private final BooleanBinding canCreate;

    public FirstRunViewModel(
            IdentityService identity, SettingsStore store, UiExecutors executors, Navigation navigation, Messages messages) {
        this.identity = identity;
        this.store = store;
        this.executors = executors;
        this.navigation = navigation;
        this.messages = messages;
        problem = Bindings.createStringBinding(
                this::currentProblem, displayName, protectWithPassphrase, passphrase, passphraseRepeat);
        canCreate = problem.isEmpty().and(busy.not()).and(created.not());
    }

    public void createIdentity() {
        if (!canCreate.get()) {
            return;
        }
        String name = displayName.get().strip();
        Optional<Passphrase> secret = protectWithPassphrase.get()
                ? Optional.of(Passphrase.of(passphrase.get()))
                : Optional.empty();
        // The typed text is not needed any more; JavaFX strings cannot be wiped, but we drop our references.
        passphrase.set("");
        passphraseRepeat.set("");
        busy.set(true);
        error.set("");
        BackgroundTask.run(executors, () -> {
            try {
                IdentitySummary summary = identity.create(secret);
                store.update(settings -> settings.withDisplayName(name));
                return summary;
            } finally {
                secret.ifPresent(Passphrase::close);
            }
        }, summary -> {
            busy.set(false);
            safetyNumber.set(summary.safetyNumber());
            created.set(true);
        }, failure -> {
            busy.set(false);
            error.set(UserFacingErrors.describe(failure, messages));
        });
    }

    /** After the safety number was shown: on to the home screen. */
    public void finish() {
        if (created.get()) {
            navigation.showHome();
        }
    }

    private String currentProblem() {
        if (displayName.get().isBlank()) {
            return messages.get("firstRun.error.nameMissing");
        }
        if (!protectWithPassphrase.get()) {
            return "";
        }
        if (passphrase.get().length() < MIN_PASSPHRASE_LENGTH) {
            return messages.get("firstRun.error.passphraseShort", MIN_PASSPHRASE_LENGTH);
        }
        if (!passphrase.get().equals(passphraseRepeat.get())) {
            return messages.get("firstRun.error.passphraseMismatch");
        }
        return "";
    }

    public StringProperty displayNameProperty() { return displayName; }

    public BooleanProperty protectWithPassphraseProperty() { return protectWithPassphrase; }

    public StringProperty passphraseProperty() { return passphrase; }

    public StringProperty passphraseRepeatProperty() { return passphraseRepeat; }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty createdProperty() { return created.getReadOnlyProperty(); }

    public ReadOnlyStringProperty safetyNumberProperty() { return safetyNumber.getReadOnlyProperty(); }

    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** What must change before the identity can be created; empty when ready. */
    public StringBinding problemProperty() { return problem; }

    public BooleanBinding canCreateProperty() { return canCreate; }
}
