package org.sealroom.crypto.pake;

/**
 * The two roles of CPace in the initiator-responder setting (draft-irtf-cfrg-cpace-21, Section 6.3): the initiator's
 * message comes first in the transcript. In a Sealroom meeting the joiner is the initiator and the host the responder.
 */
public enum CpaceRole {
    /** Party A: sends the first message (the joiner). */
    INITIATOR,
    /** Party B: answers the initiator's message (the host). */
    RESPONDER
}
