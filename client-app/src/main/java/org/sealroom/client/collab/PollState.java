package org.sealroom.client.collab;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.PollDraft;
import org.sealroom.client.session.PollId;
import org.sealroom.client.session.PollView;

/** One poll's mutable state inside {@link PollBoard}, which guards it. */
final class PollState {

    private static final int MAX_NAMES_PER_OPTION = 1000;
    private static final int MAX_NAME_CHARS = 64;

    final String id;
    final int owner;
    final String ownerName;
    final PollDraft draft;
    final boolean mine;
    final Set<Integer> myChoices = new HashSet<>();
    boolean open = true;
    int votes;
    // The owner's tally while open; everyone's copy of the results once closed.
    private final int[] counts;
    private final List<List<String>> names;
    private final Set<Integer> voters = new HashSet<>();
    private boolean resultsKnown;

    private PollState(String id, int owner, String ownerName, PollDraft draft, boolean mine) {
        this.id = id;
        this.owner = owner;
        this.ownerName = ownerName;
        this.draft = draft;
        this.mine = mine;
        this.counts = new int[draft.options().size()];
        this.names = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            names.add(new ArrayList<>());
        }
        this.resultsKnown = mine;
    }

    static PollState owned(String id, int owner, String ownerName, PollDraft draft) {
        return new PollState(id, owner, ownerName, draft, true);
    }

    static PollState received(String id, int owner, String ownerName, PollDraft draft) {
        return new PollState(id, owner, ownerName, draft, false);
    }

    boolean validChoice(Set<Integer> choices) {
        if (choices.isEmpty() || (!draft.multipleChoice() && choices.size() != 1)) {
            return false;
        }
        return choices.stream().allMatch(c -> c != null && c >= 0 && c < counts.length);
    }

    boolean voted(int participantId) {
        return voters.contains(participantId);
    }

    /** The owner counts one vote. */
    void count(int voter, String voterName, Set<Integer> choices) {
        voters.add(voter);
        votes = voters.size();
        for (int choice : choices) {
            counts[choice]++;
            names.get(choice).add(voterName);
        }
    }

    /** A participant learns the results the owner sent when it closed the poll. */
    void closeWith(int finalVotes, List<Integer> finalCounts, List<List<String>> finalNames) throws IOException {
        if (finalCounts == null || finalCounts.size() != counts.length
                || finalCounts.stream().anyMatch(c -> c == null || c < 0 || c > 100_000)) {
            throw new IOException("results that do not fit the poll");
        }
        if (!draft.anonymous() && (finalNames == null || finalNames.size() != counts.length)) {
            throw new IOException("a named poll's results without names");
        }
        open = false;
        votes = finalVotes;
        for (int i = 0; i < counts.length; i++) {
            counts[i] = finalCounts.get(i);
            names.get(i).clear();
            if (!draft.anonymous()) {
                finalNames.get(i).stream().limit(MAX_NAMES_PER_OPTION)
                        .map(n -> n == null ? "" : n.length() > MAX_NAME_CHARS ? n.substring(0, MAX_NAME_CHARS) : n)
                        .forEach(names.get(i)::add);
            }
        }
        resultsKnown = true;
    }

    PollView view() {
        boolean visible = resultsKnown && (mine || !open);
        Optional<List<Integer>> shownCounts = visible
                ? Optional.of(java.util.Arrays.stream(counts).boxed().toList()) : Optional.empty();
        Optional<List<List<String>>> shownNames = visible && !draft.anonymous()
                ? Optional.of(names.stream().map(n -> n.stream().sorted().toList()).toList()) : Optional.empty();
        return new PollView(new PollId(id), new ParticipantId(owner), ownerName, draft, open, votes, myChoices,
                shownCounts, shownNames, mine);
    }
}
