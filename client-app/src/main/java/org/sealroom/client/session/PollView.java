package org.sealroom.client.session;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One poll as this participant sees it. Counts are visible to the owner while the poll is open and to everyone once
 * it is closed; voter names only for polls that are not anonymous.
 *
 * @param votes how many participants have voted so far
 * @param myChoices this participant's vote, empty until it voted
 * @param counts votes per option, when visible
 * @param voterNames per option, who chose it, when visible and the poll is named
 */
public record PollView(PollId id, ParticipantId owner, String ownerName, PollDraft draft, boolean open, int votes,
                       Set<Integer> myChoices, Optional<List<Integer>> counts,
                       Optional<List<List<String>>> voterNames, boolean mine) {

    public PollView {
        myChoices = Set.copyOf(myChoices);
    }

    public boolean voted() {
        return !myChoices.isEmpty();
    }
}
