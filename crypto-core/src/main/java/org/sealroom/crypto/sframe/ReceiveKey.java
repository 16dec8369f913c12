package org.sealroom.crypto.sframe;

import java.util.Objects;

/**
 * What a receiver needs for one KID: the frame key and that sender's replay window.
 *
 * @param key the derived key for the KID
 * @param replayWindow the window tracking this KID's counters
 */
public record ReceiveKey(SFrameKey key, ReplayWindow replayWindow) {

    public ReceiveKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(replayWindow, "replayWindow");
    }
}
