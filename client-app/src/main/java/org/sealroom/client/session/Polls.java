package org.sealroom.client.session;

import java.util.List;
import java.util.Set;

/** Polls under E2EE: created by the host or a co-host, votes sealed to the poll's owner. */
public interface Polls {

    /** Host or co-host only; otherwise a {@link SessionException} says why. */
    PollId create(PollDraft draft) throws SessionException;

    /** Votes once; a second vote, a closed poll or an invalid choice is a {@link SessionException}. */
    void vote(PollId poll, Set<Integer> choices) throws SessionException;

    /** The owner closes its poll and everyone sees the results. */
    void close(PollId poll) throws SessionException;

    /** Every poll this participant knows of, oldest first. */
    List<PollView> all();
}
