package org.sealroom.protocol.control;

/** Why the relay took this client out of its room. */
public enum RoomCloseReason {
    KICKED,
    ENDED_BY_OWNER,
    EXPIRED
}
