package org.sealroom.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sealroom.client.session.IdentityService.KeyFileState;
import org.sealroom.client.ui.fakes.FakeIdentityService;
import org.sealroom.client.ui.fakes.RecordingNavigation;

class StartupFlowTest {

    private final RecordingNavigation navigation = new RecordingNavigation();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    @Test
    void firstRunWithoutAKeyFile() {
        StartupFlow.start(new FakeIdentityService(KeyFileState.MISSING), UiExecutors.direct(), navigation, messages,
                Optional.empty());
        assertThat(navigation.last().screen()).isEqualTo("firstRun");
    }

    @Test
    void unlockScreenForAProtectedKeyKeepingTheLink() {
        StartupFlow.start(FakeIdentityService.protectedBy("correct horse"), UiExecutors.direct(), navigation, messages,
                Optional.of("sealroom://r/1#v1.a.b"));
        assertThat(navigation.last()).isEqualTo(new RecordingNavigation.Visit("unlock", Optional.of("sealroom://r/1#v1.a.b")));
    }

    @Test
    void opensAnUnprotectedKeyAndGoesHome() {
        FakeIdentityService identity = new FakeIdentityService(KeyFileState.UNPROTECTED);
        StartupFlow.start(identity, UiExecutors.direct(), navigation, messages, Optional.of("sealroom://r/1#v1.a.b"));
        assertThat(identity.current()).isPresent();
        assertThat(navigation.last()).isEqualTo(new RecordingNavigation.Visit("home", "sealroom://r/1#v1.a.b"));
    }

    @Test
    void findsTheLinkAmongArguments() {
        assertThat(StartupFlow.linkArgument(List.of("--verbose", "sealroom://r/1#v1.a.b"))).contains("sealroom://r/1#v1.a.b");
        assertThat(StartupFlow.linkArgument(List.of())).isEmpty();
    }
}
