package org.sealroom.client.remote;

/** Why the sharer refused a remote-control message; each is counted (docs/protocol.md 8.14). */
public enum RejectReason {
    /** Input while no grant is active. */
    NO_GRANT,
    /** Input or a revoke from someone other than the viewer in control, or under an old grant. */
    WRONG_GRANT,
    /** Input whose sequence number is not above the last one taken (replayed, duplicated or reordered). */
    OUT_OF_ORDER,
    /** A key outside {@link KeyVocabulary}. */
    UNKNOWN_KEY,
    /** A message from someone not in the current roster. */
    NOT_A_MEMBER,
    /** A body that does not decode, or a message that makes no sense in this direction. */
    MALFORMED
}
