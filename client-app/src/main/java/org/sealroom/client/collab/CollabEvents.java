package org.sealroom.client.collab;

import org.sealroom.client.session.Reaction;

/** How the collaboration features tell the session (and so the front ends) that something changed. */
public interface CollabEvents {

    void reaction(int from, String fromName, Reaction reaction);

    /** Raised hands changed. */
    void participantsChanged();

    void pollsChanged();

    void filesChanged();

    /** Input from a participant was refused; {@code message} is for the user. */
    void rejected(String message);
}
