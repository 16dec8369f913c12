package org.sealroom.client.ui.meeting.video;

/** How the video area arranges tiles. */
public enum StageLayout {
    /** Everyone the same size. */
    GRID,
    /** The active speaker large, everyone else in a filmstrip. */
    SPEAKER,
    /** A shared screen large, cameras in a filmstrip. */
    SCREEN
}
