package org.sealroom.client.collab;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.Reaction;
import org.sealroom.client.session.Reactions;
import org.sealroom.protocol.meeting.DataType;

/**
 * Reactions and raised hands (docs/protocol.md 8.11). A reaction is a moment on a tile; a raised hand is state that
 * lasts until its owner (or a moderator) lowers it or the owner leaves. Each sender gets {@value #PER_SECOND}
 * messages a second (burst {@value #BURST}); more are dropped and counted.
 */
public final class ReactionBoard implements Reactions {

    static final int PER_SECOND = 5;
    static final int BURST = 10;
    private static final int MAX_BYTES = 256;

    /** The body of a 0x32 message; {@code kind} is "reaction", "hand" or "lower". */
    record Body(String kind, String reaction, Boolean raised, Integer participant) {}

    private final MeetingChannel channel;
    private final CollabEvents events;
    private final Rejections rejections;
    private final SenderRateLimit limit = new SenderRateLimit(PER_SECOND, BURST);
    private final Set<Integer> raisedHands = ConcurrentHashMap.newKeySet();

    public ReactionBoard(MeetingChannel channel, CollabEvents events, Rejections rejections) {
        this.channel = channel;
        this.events = events;
        this.rejections = rejections;
    }

    @Override
    public void sendReaction(Reaction reaction) {
        channel.toAll(DataType.REACTION, BoundedJson.encode(new Body("reaction", reaction.name(), null, null)));
        events.reaction(channel.ownId(), channel.nameOf(channel.ownId()), reaction);
    }

    @Override
    public void setHandRaised(boolean raised) {
        channel.toAll(DataType.REACTION, BoundedJson.encode(new Body("hand", null, raised, null)));
        setHand(channel.ownId(), raised);
    }

    @Override
    public void lowerHand(ParticipantId participant) {
        if (channel.iModerate()) {
            int id = (int) participant.value();
            channel.toAll(DataType.REACTION, BoundedJson.encode(new Body("lower", null, null, id)));
            setHand(id, false);
        }
    }

    public boolean handRaised(int participantId) {
        return raisedHands.contains(participantId);
    }

    /** A new epoch: forget hands of those who left; tell newcomers that this participant's hand is up. */
    public void rosterChanged(Set<Integer> present) {
        boolean changed = raisedHands.retainAll(present);
        if (raisedHands.contains(channel.ownId())) {
            channel.toAll(DataType.REACTION, BoundedJson.encode(new Body("hand", null, true, null)));
        }
        if (changed) {
            events.participantsChanged();
        }
    }

    public void receive(int from, byte[] body) {
        if (!limit.allow(from)) {
            rejections.reject("reaction-flood", channel.nameOf(from) + " is sending reactions too fast; extra ones "
                    + "are ignored.");
            return;
        }
        try {
            Body message = BoundedJson.decode(body, MAX_BYTES, Body.class);
            switch (String.valueOf(message.kind())) {
                case "reaction" -> events.reaction(from, channel.nameOf(from), reaction(message.reaction()));
                case "hand" -> setHand(from, Boolean.TRUE.equals(message.raised()));
                case "lower" -> lower(from, message.participant());
                default -> throw new IOException("unknown reaction kind");
            }
        } catch (IOException e) {
            rejections.reject("reaction-malformed", "Ignored a malformed reaction from " + channel.nameOf(from)
                    + ": " + e.getMessage());
        }
    }

    private void lower(int from, Integer participant) throws IOException {
        boolean moderator = channel.member(from).map(MeetingChannel.Member::moderator).orElse(false);
        if (participant == null || !moderator) {
            throw new IOException("only a host or co-host may lower someone's hand");
        }
        setHand(participant, false);
    }

    private static Reaction reaction(String name) throws IOException {
        try {
            return Reaction.valueOf(String.valueOf(name));
        } catch (IllegalArgumentException e) {
            throw new IOException("unknown reaction");
        }
    }

    private void setHand(int participantId, boolean raised) {
        boolean changed = raised ? raisedHands.add(participantId) : raisedHands.remove(participantId);
        if (changed) {
            events.participantsChanged();
        }
    }
}
