package org.sealroom.client.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.UiExecutors;
import org.sealroom.client.ui.fakes.FakeIdentityService;
import org.sealroom.client.ui.fakes.RecordingNavigation;

class UnlockViewModelTest {

    private final FakeIdentityService identity = FakeIdentityService.protectedBy("correct horse");
    private final RecordingNavigation navigation = new RecordingNavigation();
    private final UnlockViewModel unlock = new UnlockViewModel(identity, UiExecutors.direct(), navigation,
            Messages.forLocale(Locale.ENGLISH), Optional.of("sealroom://r/1#v1.a.b"));

    @Test
    void saysSoWhenThePassphraseIsWrongAndClearsIt() {
        unlock.passphraseProperty().set("wrong horse");
        unlock.unlock();
        assertThat(unlock.errorProperty().get()).isEqualTo("That passphrase does not open your identity key. Try again.");
        assertThat(unlock.passphraseProperty().get()).isEmpty();
        assertThat(identity.current()).isEmpty();
        assertThat(navigation.visits).isEmpty();
    }

    @Test
    void opensTheKeyAndContinuesToTheLink() {
        unlock.passphraseProperty().set("correct horse");
        unlock.unlock();
        assertThat(identity.current()).isPresent();
        assertThat(navigation.last()).isEqualTo(new RecordingNavigation.Visit("home", "sealroom://r/1#v1.a.b"));
    }

    @Test
    void asksForAPassphraseFirst() {
        unlock.unlock();
        assertThat(unlock.errorProperty().get()).isEqualTo("Enter your passphrase.");
    }
}
