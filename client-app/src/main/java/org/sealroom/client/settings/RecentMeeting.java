package org.sealroom.client.settings;

import java.time.Instant;
import java.util.Objects;

/**
 * A meeting the user hosted or joined, for the home screen's list. It deliberately keeps no join link: the link's
 * fragment carries the meeting secret, which never goes to disk.
 */
public record RecentMeeting(String title, String meetingNumber, String relayAddress, Instant lastUsed, boolean hosted) {

    public RecentMeeting {
        Objects.requireNonNull(meetingNumber, "meetingNumber");
        Objects.requireNonNull(lastUsed, "lastUsed");
        title = title == null ? "" : title;
        relayAddress = relayAddress == null ? "" : relayAddress;
    }

    /** Two entries are the same meeting when relay and meeting number match. */
    public boolean sameMeetingAs(RecentMeeting other) {
        return meetingNumber.equals(other.meetingNumber) && relayAddress.equalsIgnoreCase(other.relayAddress);
    }
}
