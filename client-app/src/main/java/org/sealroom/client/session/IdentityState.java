package org.sealroom.client.session;

/** What this client's contact book knows about a participant's identity key. */
public enum IdentityState {
    /** Never seen before. */
    NEW,
    /** Seen in an earlier meeting with the same key. */
    SEEN_BEFORE,
    /** Safety numbers were compared and the user marked the key verified. */
    VERIFIED,
    /** A known name arrived with a different key: warn. */
    KEY_CHANGED
}
