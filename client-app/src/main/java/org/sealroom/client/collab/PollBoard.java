package org.sealroom.client.collab;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sealroom.client.session.PollDraft;
import org.sealroom.client.session.PollId;
import org.sealroom.client.session.PollView;
import org.sealroom.client.session.Polls;
import org.sealroom.client.session.SessionException;
import org.sealroom.protocol.meeting.DataType;

/**
 * Polls (docs/protocol.md 8.12). The owner — a host or co-host — announces a poll to everyone; votes are sealed to
 * the owner, whose client counts them, enforces one vote each and tells everyone how many have voted; closing sends
 * the results to all. Anonymous polls carry counts only; the owner's client still knows who voted, which the user
 * guide says.
 */
public final class PollBoard implements Polls {

    static final int MAX_POLLS = 50;
    private static final int MAX_BYTES = 16 * 1024;
    private static final int MAX_ID_CHARS = 64;

    /** A 0x30 body; {@code op} is "open", "progress" or "closed". */
    record PollMessage(String op, String id, String question, List<String> options, Boolean multiple,
                       Boolean anonymous, Integer votes, List<Integer> counts, List<List<String>> names) {}

    /** A 0x35 body, sealed to the poll's owner. */
    record VoteMessage(String id, List<Integer> choices) {}

    private final MeetingChannel channel;
    private final CollabEvents events;
    private final Rejections rejections;
    private final SenderRateLimit limit = new SenderRateLimit(20, 40);
    private final Map<String, PollState> polls = new LinkedHashMap<>();
    private final Set<Integer> told = new HashSet<>();

    public PollBoard(MeetingChannel channel, CollabEvents events, Rejections rejections) {
        this.channel = channel;
        this.events = events;
        this.rejections = rejections;
    }

    @Override
    public PollId create(PollDraft draft) throws SessionException {
        if (!channel.iModerate()) {
            throw new SessionException("Only the host or a co-host can start a poll.");
        }
        String id = UUID.randomUUID().toString();
        synchronized (this) {
            if (polls.size() >= MAX_POLLS) {
                throw new SessionException("This meeting already has " + MAX_POLLS + " polls.");
            }
            polls.put(id, PollState.owned(id, channel.ownId(), channel.nameOf(channel.ownId()), draft));
        }
        channel.toAll(DataType.POLL, BoundedJson.encode(openMessage(id, draft)));
        events.pollsChanged();
        return new PollId(id);
    }

    @Override
    public void vote(PollId poll, Set<Integer> choices) throws SessionException {
        PollState state;
        synchronized (this) {
            state = polls.get(poll.value());
            if (state == null || !state.open) {
                throw new SessionException("This poll is closed.");
            }
            if (!state.myChoices.isEmpty()) {
                throw new SessionException("You have already voted in this poll.");
            }
            if (!state.validChoice(choices)) {
                throw new SessionException(state.draft.multipleChoice() ? "Choose at least one option."
                        : "Choose exactly one option.");
            }
            state.myChoices.addAll(choices);
            if (state.mine) {
                state.count(channel.ownId(), channel.nameOf(channel.ownId()), choices);
            }
        }
        if (state.mine) {
            announceProgress(state);
        } else {
            channel.to(state.owner, DataType.POLL_VOTE,
                    BoundedJson.encode(new VoteMessage(poll.value(), List.copyOf(choices))));
        }
        events.pollsChanged();
    }

    @Override
    public void close(PollId poll) throws SessionException {
        PollState state;
        synchronized (this) {
            state = polls.get(poll.value());
            if (state == null || !state.mine) {
                throw new SessionException("Only the poll's owner can close it.");
            }
            if (!state.open) {
                return;
            }
            state.open = false;
        }
        channel.toAll(DataType.POLL, BoundedJson.encode(closedMessage(state)));
        events.pollsChanged();
    }

    @Override
    public synchronized List<PollView> all() {
        return polls.values().stream().map(PollState::view).toList();
    }

    /** A new epoch: newcomers learn this participant's polls (and results of closed ones). */
    public void rosterChanged(Set<Integer> present) {
        List<Integer> newcomers;
        List<PollState> mine;
        synchronized (this) {
            told.retainAll(present);
            newcomers = present.stream().filter(id -> id != channel.ownId() && told.add(id)).toList();
            mine = polls.values().stream().filter(p -> p.mine).toList();
        }
        for (int newcomer : newcomers) {
            for (PollState poll : mine) {
                channel.to(newcomer, DataType.POLL, BoundedJson.encode(openMessage(poll.id, poll.draft)));
                channel.to(newcomer, DataType.POLL, BoundedJson.encode(poll.open ? progressMessage(poll)
                        : closedMessage(poll)));
            }
        }
    }

    public void receive(int from, DataType type, byte[] body) {
        if (!limit.allow(from)) {
            rejections.reject("poll-flood", channel.nameOf(from) + " is sending poll messages too fast; extra ones "
                    + "are ignored.");
            return;
        }
        try {
            if (type == DataType.POLL_VOTE) {
                receiveVote(from, BoundedJson.decode(body, MAX_BYTES, VoteMessage.class));
            } else {
                receivePoll(from, BoundedJson.decode(body, MAX_BYTES, PollMessage.class));
            }
        } catch (IOException e) {
            rejections.reject("poll-rejected", "Ignored a poll message from " + channel.nameOf(from) + ": "
                    + e.getMessage());
        }
    }

    private void receivePoll(int from, PollMessage message) throws IOException {
        String id = checkedId(message.id());
        synchronized (this) {
            switch (String.valueOf(message.op())) {
                case "open" -> open(from, id, message);
                case "progress" -> ownedBy(from, id).votes = bounded(message.votes());
                case "closed" -> ownedBy(from, id).closeWith(bounded(message.votes()), message.counts(),
                        message.names());
                default -> throw new IOException("unknown poll operation");
            }
        }
        events.pollsChanged();
    }

    private void open(int from, String id, PollMessage message) throws IOException {
        if (!channel.member(from).map(MeetingChannel.Member::moderator).orElse(false)) {
            throw new IOException("only a host or co-host may start a poll");
        }
        PollState known = polls.get(id);
        if (known != null) {
            if (known.owner != from) {
                throw new IOException("a poll with that id exists");
            }
            return; // told again after a roster change
        }
        if (polls.size() >= MAX_POLLS) {
            throw new IOException("too many polls");
        }
        try {
            PollDraft draft = new PollDraft(message.question(), message.options(),
                    Boolean.TRUE.equals(message.multiple()), Boolean.TRUE.equals(message.anonymous()));
            polls.put(id, PollState.received(id, from, channel.nameOf(from), draft));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException("invalid poll: " + e.getMessage());
        }
    }

    private void receiveVote(int from, VoteMessage vote) throws IOException {
        String id = checkedId(vote.id());
        PollState state;
        synchronized (this) {
            state = polls.get(id);
            if (state == null || !state.mine) {
                throw new IOException("a vote for a poll this participant does not own");
            }
            if (!state.open) {
                throw new IOException("a vote after the poll closed");
            }
            if (state.voted(from)) {
                throw new IOException("a second vote");
            }
            Set<Integer> choices = vote.choices() == null ? Set.of() : new HashSet<>(vote.choices());
            if (vote.choices() == null || choices.size() != vote.choices().size() || !state.validChoice(choices)) {
                throw new IOException("an invalid choice");
            }
            state.count(from, channel.nameOf(from), choices);
        }
        announceProgress(state);
        events.pollsChanged();
    }

    private PollState ownedBy(int from, String id) throws IOException {
        PollState state = polls.get(id);
        if (state == null || state.owner != from) {
            throw new IOException("an update for a poll that sender does not own");
        }
        return state;
    }

    private void announceProgress(PollState state) {
        channel.toAll(DataType.POLL, BoundedJson.encode(progressMessage(state)));
    }

    private static PollMessage openMessage(String id, PollDraft draft) {
        return new PollMessage("open", id, draft.question(), draft.options(), draft.multipleChoice(),
                draft.anonymous(), null, null, null);
    }

    private static PollMessage progressMessage(PollState poll) {
        return new PollMessage("progress", poll.id, null, null, null, null, poll.votes, null, null);
    }

    private static PollMessage closedMessage(PollState poll) {
        PollView view = poll.view();
        return new PollMessage("closed", poll.id, null, null, null, null, poll.votes, view.counts().orElseThrow(),
                view.voterNames().orElse(null));
    }

    private static String checkedId(String id) throws IOException {
        if (id == null || id.isEmpty() || id.length() > MAX_ID_CHARS) {
            throw new IOException("a poll id must have 1 to " + MAX_ID_CHARS + " characters");
        }
        return id;
    }

    private static int bounded(Integer votes) throws IOException {
        if (votes == null || votes < 0 || votes > 100_000) {
            throw new IOException("an impossible vote count");
        }
        return votes;
    }
}
