package org.sealroom.relay.room;

import java.security.MessageDigest;
import org.sealroom.protocol.control.ControlMessage;
import org.sealroom.protocol.control.RoomCredentials;

/**
 * A member of a room under its room-local id. While its connection is away (dropped, within the resume grace) it
 * keeps its place; messages to it are dropped. Mutated under the room's lock.
 */
public final class Participant {
    private final Room room;
    private final int id;
    private volatile boolean owner;
    private volatile boolean lobby;
    private byte[] resumeDigest;
    private volatile Connection connection;
    private long awaySinceNanos;

    Participant(Room room, int id, boolean owner, byte[] resumeDigest, Connection connection) {
        this.room = room;
        this.id = id;
        this.owner = owner;
        this.resumeDigest = resumeDigest;
        this.connection = connection;
    }

    public Room room() {
        return room;
    }

    public int id() {
        return id;
    }

    public boolean owner() {
        return owner;
    }

    /**
     * In the lobby (joined by meeting number, not yet promoted by the owner): it may address the owner only and
     * receives nothing broadcast.
     */
    public boolean lobby() {
        return lobby;
    }

    void lobby(boolean inLobby) {
        lobby = inLobby;
    }

    /** The live connection, or {@code null} while away. */
    public Connection connection() {
        return connection;
    }

    boolean resumeTokenMatches(String resumeToken) {
        return MessageDigest.isEqual(resumeDigest, RoomCredentials.digest(resumeToken));
    }

    void attach(Connection next, byte[] nextResumeDigest, boolean asOwner) {
        connection = next;
        resumeDigest = nextResumeDigest;
        owner = owner || asOwner;
        awaySinceNanos = 0;
    }

    void detach(long nowNanos) {
        connection = null;
        awaySinceNanos = nowNanos;
    }

    boolean awayLongerThan(long graceNanos, long nowNanos) {
        return connection == null && nowNanos - awaySinceNanos >= graceNanos;
    }

    /** Sends a control message if connected. */
    void send(ControlMessage message) {
        Connection current = connection;
        if (current != null) {
            current.channel().writeAndFlush(message);
        }
    }
}
