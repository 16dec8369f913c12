package org.sealroom.client.session;

import java.util.Optional;

/** What the host chooses when starting a meeting. An empty relay means the embedded local relay. */
public record HostOptions(
        String displayName,
        String title,
        Optional<String> relayAddress,
        boolean autoAdmit,
        boolean allowPasswordJoin,
        MediaOptions media) {}
