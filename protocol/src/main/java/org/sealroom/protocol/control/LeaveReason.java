package org.sealroom.protocol.control;

/** Why a participant left a room. */
public enum LeaveReason {
    LEFT,
    KICKED,
    /** Its connection dropped and it did not resume within the grace period. */
    TIMED_OUT
}
