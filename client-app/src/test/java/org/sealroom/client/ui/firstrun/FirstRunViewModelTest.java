package org.sealroom.client.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.client.session.IdentityService.KeyFileState;
import org.sealroom.client.settings.SettingsStore;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.UiExecutors;
import org.sealroom.client.ui.fakes.FakeIdentityService;
import org.sealroom.client.ui.fakes.RecordingNavigation;

class FirstRunViewModelTest {

    @TempDir Path dir;
    private final FakeIdentityService identity = new FakeIdentityService(KeyFileState.MISSING);
    private final RecordingNavigation navigation = new RecordingNavigation();

    private FirstRunViewModel viewModel(SettingsStore store) {
        return new FirstRunViewModel(identity, store, UiExecutors.direct(), navigation, Messages.forLocale(Locale.ENGLISH));
    }

    @Test
    void needsANameAndAMatchingLongEnoughPassphraseWhenProtecting() {
        FirstRunViewModel firstRun = viewModel(new SettingsStore(dir));
        assertThat(firstRun.problemProperty().get()).isEqualTo("Enter the name others will see.");
        firstRun.displayNameProperty().set("Anna");
        assertThat(firstRun.canCreateProperty().get()).isTrue();
        firstRun.protectWithPassphraseProperty().set(true);
        firstRun.passphraseProperty().set("short");
        assertThat(firstRun.problemProperty().get()).isEqualTo("Use at least 8 characters for the passphrase.");
        firstRun.passphraseProperty().set("correct horse");
        firstRun.passphraseRepeatProperty().set("correct hose");
        assertThat(firstRun.problemProperty().get()).isEqualTo("The two passphrases differ.");
        firstRun.passphraseRepeatProperty().set("correct horse");
        assertThat(firstRun.canCreateProperty().get()).isTrue();
    }

    @Test
    void createsAProtectedIdentityShowsItsSafetyNumberAndSavesTheName() {
        SettingsStore store = new SettingsStore(dir);
        FirstRunViewModel firstRun = viewModel(store);
        firstRun.displayNameProperty().set("  Anna Bauer ");
        firstRun.protectWithPassphraseProperty().set(true);
        firstRun.passphraseProperty().set("correct horse");
        firstRun.passphraseRepeatProperty().set("correct horse");

        firstRun.createIdentity();

        assertThat(identity.keyFileState()).isEqualTo(KeyFileState.PROTECTED);
        assertThat(identity.storedPassphrase()).contains("correct horse");
        assertThat(firstRun.createdProperty().get()).isTrue();
        assertThat(firstRun.safetyNumberProperty().get()).isEqualTo(FakeIdentityService.SUMMARY.safetyNumber());
        assertThat(firstRun.passphraseProperty().get()).isEmpty();
        assertThat(store.load().displayName()).isEqualTo("Anna Bauer");
        assertThat(navigation.visits).isEmpty();

        firstRun.finish();
        assertThat(navigation.last().screen()).isEqualTo("home");
    }

    @Test
    void createsAnUnprotectedIdentityWhenAsked() {
        FirstRunViewModel firstRun = viewModel(new SettingsStore(dir));
        firstRun.displayNameProperty().set("Anna");
        firstRun.createIdentity();
        assertThat(identity.keyFileState()).isEqualTo(KeyFileState.UNPROTECTED);
        assertThat(identity.storedPassphrase()).isEmpty();
    }

    @Test
    void showsWhyCreationFailed() {
        FakeIdentityService existing = FakeIdentityService.loaded();
        FirstRunViewModel firstRun = new FirstRunViewModel(existing, new SettingsStore(dir), UiExecutors.direct(),
                navigation, Messages.forLocale(Locale.ENGLISH));
        firstRun.displayNameProperty().set("Anna");
        firstRun.createIdentity();
        assertThat(firstRun.errorProperty().get()).isEqualTo("An identity key file already exists");
        assertThat(firstRun.createdProperty().get()).isFalse();
        firstRun.finish();
        assertThat(navigation.visits).isEmpty();
    }
}
