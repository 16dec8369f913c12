package org.sealroom.client.collab;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sealroom.client.collab.files.FilePolicy;
import org.sealroom.client.collab.files.FileTransferBook;
import org.sealroom.protocol.meeting.DataType;
import org.sealroom.protocol.meeting.ReceivedData;

/**
 * The collaboration features of one meeting — reactions and raised hands, polls, file transfer — behind the data
 * messages they own. Refused input from any of them is counted in one {@link Rejections}.
 */
public final class Collaboration implements AutoCloseable {

    private static final Set<DataType> TYPES = EnumSet.of(DataType.REACTION, DataType.POLL, DataType.POLL_VOTE,
            DataType.FILE);
    static final int CHAT_PER_SECOND = 10;
    static final int CHAT_BURST = 30;

    private final MeetingChannel channel;
    private final SenderRateLimit chatLimit = new SenderRateLimit(CHAT_PER_SECOND, CHAT_BURST);
    private final Rejections rejections;
    private final ReactionBoard reactions;
    private final PollBoard polls;
    private final FileTransferBook files;

    public Collaboration(MeetingChannel channel, CollabEvents events, FilePolicy filePolicy) {
        this.channel = channel;
        this.rejections = new Rejections(events);
        this.reactions = new ReactionBoard(channel, events, rejections);
        this.polls = new PollBoard(channel, events, rejections);
        this.files = new FileTransferBook(channel, events, rejections, filePolicy);
    }

    /** Routes a data message of a collaboration type; returns false for types this class does not own. */
    public boolean receive(ReceivedData data) {
        if (!TYPES.contains(data.type())) {
            return false;
        }
        if (data.sender() == channel.ownId() || channel.member(data.sender()).isEmpty()) {
            return true; // not from a current member: nothing to show
        }
        switch (data.type()) {
            case REACTION -> reactions.receive(data.sender(), data.body());
            case FILE -> files.receive(data.sender(), data.body());
            default -> polls.receive(data.sender(), data.type(), data.body());
        }
        return true;
    }

    /**
     * Whether a chat message from {@code sender} may be shown: {@value #CHAT_PER_SECOND} a second per sender (burst
     * {@value #CHAT_BURST}); a flood is dropped, counted and reported once.
     */
    public boolean admitChat(int sender) {
        if (chatLimit.allow(sender)) {
            return true;
        }
        rejections.reject("chat-flood", channel.nameOf(sender) + " is sending chat messages too fast; extra ones "
                + "are ignored.");
        return false;
    }

    /** A new epoch's roster. */
    public void rosterChanged() {
        Set<Integer> present = channel.members().stream().map(MeetingChannel.Member::id).collect(Collectors.toSet());
        reactions.rosterChanged(present);
        polls.rosterChanged(present);
        files.rosterChanged(present);
    }

    /** This participant's connection to the relay came back after an outage. */
    public void reconnected() {
        files.reconnected();
    }

    public ReactionBoard reactions() {
        return reactions;
    }

    public PollBoard polls() {
        return polls;
    }

    public FileTransferBook files() {
        return files;
    }

    /** Refused input by reason, for the headless client's statistics. */
    public Map<String, Long> rejected() {
        return rejections.counts();
    }

    @Override
    public void close() {
        files.close();
    }
}
