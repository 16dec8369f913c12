package org.sealroom.client.session;

import java.util.Optional;

/** A screen or window that can be shared, with a small picture of it for the picker. */
public record ShareSource(String id, String title, Kind kind, Optional<VideoFrame> thumbnail) {

    public enum Kind { SCREEN, WINDOW }
}
