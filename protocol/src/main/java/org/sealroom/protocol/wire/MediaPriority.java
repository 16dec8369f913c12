package org.sealroom.protocol.wire;

/**
 * How a media packet fares when a receiver falls behind: video is dropped first, audio is kept as long as the
 * receiver's queue allows. Carried in bit 0 of the flags byte of media frames and datagrams.
 */
public enum MediaPriority {
    AUDIO,
    VIDEO;

    private static final int VIDEO_FLAG = 0x01;

    public int flags() {
        return this == VIDEO ? VIDEO_FLAG : 0;
    }

    public static MediaPriority fromFlags(int flags) {
        return (flags & VIDEO_FLAG) != 0 ? VIDEO : AUDIO;
    }
}
