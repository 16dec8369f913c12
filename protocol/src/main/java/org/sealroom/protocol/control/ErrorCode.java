package org.sealroom.protocol.control;

/** Why the relay (or a client) refused something; carried in {@link ErrorMessage}. */
public enum ErrorCode {
    /** No protocol version both sides speak. */
    VERSION_MISMATCH,
    /** A frame or datagram with a wire-format version this side does not speak. */
    WIRE_VERSION_MISMATCH,
    FRAME_TOO_LARGE,
    MALFORMED_FRAME,
    MALFORMED_MESSAGE,
    /** A message that is well formed but not allowed now (for example a join before the hello). */
    UNEXPECTED_MESSAGE,
    RATE_LIMITED,
    /** Too many connections from one address; the relay closes them before TLS, so this is only counted. */
    TOO_MANY_CONNECTIONS,
    HANDSHAKE_TIMEOUT,
    IDLE_TIMEOUT,
    /** The receiver's queue overflowed with messages that cannot be dropped. */
    SLOW_CONSUMER,
    TOO_MANY_ROOMS,
    ROOM_FULL,
    ROOM_NOT_FOUND,
    ADMISSION_DENIED,
    ALREADY_IN_ROOM,
    NOT_IN_ROOM,
    NOT_OWNER,
    UNKNOWN_PARTICIPANT,
    TOO_MANY_VERIFIERS,
    /** Too many joins by meeting number from one address; try again in a minute. */
    TOO_MANY_ATTEMPTS,
    SHUTTING_DOWN,
    INTERNAL_ERROR
}
