package org.sealroom.client.session;

/** One roster member as the UI shows it. */
public record ParticipantInfo(
        ParticipantId id,
        String displayName,
        Role role,
        IdentityState identity,
        String safetyNumber,
        boolean me,
        boolean microphoneOn,
        boolean cameraOn,
        boolean speaking,
        boolean sharingScreen,
        boolean handRaised) {}
