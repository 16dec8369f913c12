package org.sealroom.protocol.meeting;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.sealroom.crypto.identity.Fingerprint;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.crypto.meeting.MeetingSecret;
import org.sealroom.crypto.pake.PasswordSecret;

/**
 * Everything a meeting peer needs to start. A host has no {@code linkHost}; a joiner has the fingerprint from the
 * join link. A password joiner has neither {@code secret} nor {@code linkHost} but a {@code password}, and gets both
 * from the host through CPace; a host with a {@code password} answers password joins (docs/protocol.md 2.1).
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
        Optional<PasswordSecret> password,
        boolean autoAdmit,
        Duration rekeyBatch,
        Duration activationTimeout,
        Duration rotation,
        Duration stallTimeout,
        KeyLog keyLog) {

    public MeetingConfig {
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(identity, "identity");
        if (secret == null && (password.isEmpty() || linkHost.isPresent())) {
            throw new IllegalArgumentException("a meeting config needs the meeting secret, or a password to get it");
        }
        displayName = DisplayNames.clean(displayName);
    }

    public static MeetingConfig host(String roomId, String displayName, IdentityKeyPair identity, MeetingSecret secret,
            boolean autoAdmit) {
        return new MeetingConfig(roomId, displayName, identity, secret, Optional.empty(), Optional.empty(), autoAdmit,
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofSeconds(10),
                KeyLog.NONE);
    }

    public static MeetingConfig joiner(String roomId, String displayName, IdentityKeyPair identity,
            MeetingSecret secret, Fingerprint linkHost) {
        return new MeetingConfig(roomId, displayName, identity, secret, Optional.of(linkHost), Optional.empty(), false,
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofSeconds(10),
                KeyLog.NONE);
    }

    /** A joiner with a typed password instead of a link: it runs CPace with the room's owner first. */
    public static MeetingConfig passwordJoiner(String roomId, String displayName, IdentityKeyPair identity,
            PasswordSecret password) {
        return new MeetingConfig(roomId, displayName, identity, null, Optional.empty(), Optional.of(password), false,
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofSeconds(10),
                KeyLog.NONE);
    }

    /** A host that also answers password joins with this password. */
    public MeetingConfig withPassword(PasswordSecret typed) {
        return new MeetingConfig(roomId, displayName, identity, secret, linkHost, Optional.of(typed), autoAdmit,
                rekeyBatch, activationTimeout, rotation, stallTimeout, keyLog);
    }

    public boolean hosting() {
        return linkHost.isEmpty() && secret != null;
    }

    public boolean joiningWithPassword() {
        return secret == null;
    }

    public MeetingConfig withKeyLog(KeyLog log) {
        return new MeetingConfig(roomId, displayName, identity, secret, linkHost, password, autoAdmit, rekeyBatch,
                activationTimeout, rotation, stallTimeout, log);
    }

    public MeetingConfig withTimings(Duration batch, Duration activation, Duration rotationPeriod, Duration stall) {
        return new MeetingConfig(roomId, displayName, identity, secret, linkHost, password, autoAdmit, batch,
                activation, rotationPeriod, stall, keyLog);
    }
}
