package org.sealroom.relay.room;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sealroom.protocol.control.ControlMessage;

/**
 * A room: its admission verifiers and members. Membership changes happen under the room's lock (through
 * {@link RoomRegistry}); the forwarding path reads an immutable snapshot of the members without locking.
 */
public final class Room {
    private static final Participant[] NONE = new Participant[0];
    /** Holds a meeting number while its room is being made. */
    static final Room PLACEHOLDER = new Room("", List.of(), null, 0);

    private final String id;
    private final Set<String> verifiers;
    private final String meetingNumber;
    private volatile Participant[] members = NONE;
    private int nextParticipantId = 1;
    private long unattendedSinceNanos;
    private boolean closed;

    Room(String id, List<String> verifiers, String meetingNumber, long nowNanos) {
        this.id = id;
        this.meetingNumber = meetingNumber;
        this.verifiers = new HashSet<>(verifiers);
        this.unattendedSinceNanos = nowNanos;
    }

    public String id() {
        return id;
    }

    /** The meeting number that admits anyone to this room's lobby, or {@code null}. */
    public String meetingNumber() {
        return meetingNumber;
    }

    /** The owner's participant id, or 0 if the owner is not a member right now. */
    public int ownerId() {
        for (Participant p : members) {
            if (p.owner()) {
                return p.id();
            }
        }
        return 0;
    }

    /** The members right now; never modified, safe to iterate on any thread. */
    public Participant[] members() {
        return members;
    }

    /** The member with this id, or {@code null}. */
    public Participant member(int participantId) {
        for (Participant p : members) {
            if (p.id() == participantId) {
                return p;
            }
        }
        return null;
    }

    int size() {
        return members.length;
    }

    boolean closed() {
        return closed;
    }

    void close() {
        closed = true;
    }

    boolean admits(String verifier) {
        return verifiers.contains(verifier);
    }

    int verifierCount() {
        return verifiers.size();
    }

    void addVerifier(String verifier) {
        verifiers.add(verifier);
    }

    void removeVerifier(String verifier) {
        verifiers.remove(verifier);
    }

    /** Adds a member under {@code preferredId} if that id is free and positive, else under the next free id. */
    Participant add(Connection connection, int preferredId, boolean owner, byte[] resumeDigest) {
        int id = preferredId > 0 && member(preferredId) == null ? preferredId : nextFreeId();
        nextParticipantId = Math.max(nextParticipantId, id + 1);
        Participant participant = new Participant(this, id, owner, resumeDigest, connection);
        Participant[] next = Arrays.copyOf(members, members.length + 1);
        next[members.length] = participant;
        members = next;
        return participant;
    }

    private int nextFreeId() {
        while (member(nextParticipantId) != null) {
            nextParticipantId++;
        }
        return nextParticipantId;
    }

    void remove(Participant participant) {
        members = Arrays.stream(members).filter(p -> p != participant).toArray(Participant[]::new);
    }

    /** The full members (not in the lobby) other than {@code participant}. */
    List<Integer> idsExcept(Participant participant) {
        List<Integer> ids = new ArrayList<>(members.length);
        for (Participant p : members) {
            if (p != participant && !p.lobby()) {
                ids.add(p.id());
            }
        }
        return ids;
    }

    /** Tells the full members (not those in the lobby) about a membership change. */
    void tellMembers(ControlMessage message, Participant except) {
        for (Participant p : members) {
            if (p != except && !p.lobby()) {
                p.send(message);
            }
        }
    }

    void broadcast(ControlMessage message, Participant except) {
        for (Participant p : members) {
            if (p != except) {
                p.send(message);
            }
        }
    }

    /** Notes whether anyone is connected; a room nobody attends expires after the room idle timeout. */
    void refreshAttendance(long nowNanos) {
        boolean attended = Arrays.stream(members).anyMatch(p -> p.connection() != null);
        if (attended) {
            unattendedSinceNanos = 0;
        } else if (unattendedSinceNanos == 0) {
            unattendedSinceNanos = nowNanos;
        }
    }

    boolean unattendedLongerThan(long idleNanos, long nowNanos) {
        return unattendedSinceNanos != 0 && nowNanos - unattendedSinceNanos >= idleNanos;
    }
}
