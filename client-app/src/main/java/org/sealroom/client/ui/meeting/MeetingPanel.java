package org.sealroom.client.ui.meeting;

/** The side panel of the meeting window; at most one is open. */
public enum MeetingPanel {
    NONE,
    CHAT,
    PARTICIPANTS,
    SECURITY,
    CONNECTION,
    INVITE,
    /** Screen sharing when the session layer does not offer it yet. */
    SHARE_PREVIEW,
    POLLS,
    FILES,
    RECORDING
}
