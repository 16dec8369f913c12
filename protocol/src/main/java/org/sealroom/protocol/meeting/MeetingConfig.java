package org.sealroom.protocol.meeting;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.sealroom.crypto.identity.Fingerprint;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.crypto.meeting.MeetingSecret;

/**
 * Everything a meeting peer needs to start. A host has no {@code linkHost}; a joiner has the fingerprint from the
 * join link.
 *
 * @param rekeyBatch admissions within this window share one rekey
 * @param activationTimeout how long the host waits for acknowledgements before activating a new epoch anyway
 * @param rotation periodic rekey interval
 * @param stallTimeout how long a member waits for a new epoch after a leave before warning
 */
public record MeetingConfig(
        String roomId,
        String displayName,
        IdentityKeyPair identity,
        MeetingSecret secret,
        Optional<Fingerprint> linkHost,
        boolean autoAdmit,
        Duration rekeyBatch,
        Duration activationTimeout,
        Duration rotation,
        Duration stallTimeout,
        KeyLog keyLog) {

    public MeetingConfig {
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(secret, "secret");
        displayName = DisplayNames.clean(displayName);
    }

    public static MeetingConfig host(String roomId, String displayName, IdentityKeyPair identity, MeetingSecret secret,
            boolean autoAdmit) {
        return new MeetingConfig(roomId, displayName, identity, secret, Optional.empty(), autoAdmit,
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofSeconds(10),
                KeyLog.NONE);
    }

    public static MeetingConfig joiner(String roomId, String displayName, IdentityKeyPair identity,
            MeetingSecret secret, Fingerprint linkHost) {
        return new MeetingConfig(roomId, displayName, identity, secret, Optional.of(linkHost), false,
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofSeconds(10),
                KeyLog.NONE);
    }

    public boolean hosting() {
        return linkHost.isEmpty();
    }

    public MeetingConfig withKeyLog(KeyLog log) {
        return new MeetingConfig(roomId, displayName, identity, secret, linkHost, autoAdmit, rekeyBatch,
                activationTimeout, rotation, stallTimeout, log);
    }

    public MeetingConfig withTimings(Duration batch, Duration activation, Duration rotationPeriod, Duration stall) {
        return new MeetingConfig(roomId, displayName, identity, secret, linkHost, autoAdmit, batch, activation,
                rotationPeriod, stall, keyLog);
    }
}
