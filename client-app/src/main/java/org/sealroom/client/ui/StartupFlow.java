package org.sealroom.client.ui;

import java.util.Optional;
import org.sealroom.client.session.IdentityService;

/**
 * Where the app opens: first run when there is no identity key yet, the unlock screen for a protected key file,
 * otherwise home (joining at once when the app was opened with a link).
 */
public final class StartupFlow {

    private StartupFlow() {}

    public static void start(IdentityService identity, UiExecutors executors, Navigation navigation, Messages messages,
            Optional<String> link) {
        if (identity.current().isPresent()) {
            navigation.showHome(link, Optional.empty());
            return;
        }
        BackgroundTask.run(executors, identity::keyFileState, state -> {
            switch (state) {
                case MISSING -> navigation.showFirstRun();
                case PROTECTED -> navigation.showUnlock(link);
                case UNPROTECTED -> BackgroundTask.run(executors, () -> identity.load(Optional.empty()),
                        summary -> navigation.showHome(link, Optional.empty()),
                        failure -> navigation.showHome(Optional.empty(),
                                Optional.of(messages.get("startup.identityFailed", UserFacingErrors.describe(failure, messages)))));
            }
        }, failure -> navigation.showHome(Optional.empty(),
                Optional.of(messages.get("startup.identityFailed", UserFacingErrors.describe(failure, messages)))));
    }

    /** The first {@code sealroom://} argument, if any. */
    public static Optional<String> linkArgument(java.util.List<String> arguments) {
        return arguments.stream().filter(a -> a.startsWith("sealroom://")).findFirst();
    }
}
