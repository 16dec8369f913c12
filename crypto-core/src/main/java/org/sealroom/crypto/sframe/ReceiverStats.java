package org.sealroom.crypto.sframe;

/**
 * A snapshot of what an {@link SFrameReceiver} accepted and dropped, for the UI and logs.
 *
 * @param accepted frames that authenticated and were not replays
 * @param malformed frames whose header or length did not parse
 * @param unknownKey frames for a KID without a key
 * @param authenticationFailed frames whose tag did not verify
 * @param replayed frames with a counter already accepted
 * @param tooOld frames with a counter behind the replay window
 */
public record ReceiverStats(long accepted, long malformed, long unknownKey, long authenticationFailed,
        long replayed, long tooOld) {

    /** Every frame that was dropped, whatever the reason. */
    public long dropped() {
        return malformed + unknownKey + authenticationFailed + replayed + tooOld;
    }
}
