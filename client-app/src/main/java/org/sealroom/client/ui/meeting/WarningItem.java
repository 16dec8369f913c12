package org.sealroom.client.ui.meeting;

import java.time.Instant;
import org.sealroom.client.session.SecurityWarning;

/** A security warning banner; repeats of the same warning raise {@code count} instead of adding banners. */
public record WarningItem(SecurityWarning.Kind kind, String message, int count, Instant lastAt) {

    WarningItem repeated(Instant at) {
        return new WarningItem(kind, message, count + 1, at);
    }

    boolean sameAs(SecurityWarning warning) {
        return kind == warning.kind() && message.equals(warning.message());
    }
}
