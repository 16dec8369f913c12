package org.sealroom.client.session;

/** Reactions and raised hands: sent to everyone, shown on tiles and in the participant list. */
public interface Reactions {

    void sendReaction(Reaction reaction);

    void setHandRaised(boolean raised);

    /** Host or co-host: lowers someone else's hand. */
    void lowerHand(ParticipantId participant);
}
