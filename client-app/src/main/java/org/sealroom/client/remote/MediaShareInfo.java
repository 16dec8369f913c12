package org.sealroom.client.remote;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sealroom.client.media.SessionMedia;
import org.sealroom.client.session.SessionException;
import org.sealroom.client.session.ShareSource;

/** The meeting's screen share as remote control sees it: running or not, and which sources are screens. */
public final class MediaShareInfo implements LiveRemoteControl.ShareInfo {

    private final Supplier<Optional<SessionMedia>> media;

    public MediaShareInfo(Supplier<Optional<SessionMedia>> media) {
        this.media = media;
    }

    @Override
    public boolean sharing() {
        return media.get().map(m -> m.screenShare().sharing()).orElse(false);
    }

    @Override
    public List<String> screenSourceIds() {
        Optional<SessionMedia> current = media.get();
        if (current.isEmpty()) {
            return List.of();
        }
        try {
            return current.get().shareSources().stream().filter(s -> s.kind() == ShareSource.Kind.SCREEN)
                    .map(ShareSource::id).toList();
        } catch (SessionException e) {
            return List.of();
        }
    }
}
