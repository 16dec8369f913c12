package org.sealroom.client.session;

import java.util.Optional;

/**
 * How others join this meeting: the link (with its secret fragment) and, where enabled, the meeting number and
 * typed password.
 */
public record MeetingInfo(
        String title,
        String joinLink,
        String meetingNumber,
        Optional<String> password,
        String relayAddress,
        boolean hostedByMe) {}
