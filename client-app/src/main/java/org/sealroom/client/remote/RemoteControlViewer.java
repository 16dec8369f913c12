package org.sealroom.client.remote;

import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.sealroom.client.remote.RemoteControlHost.Outbox;
import org.sealroom.client.remote.RemoteControlMessage.Deny;
import org.sealroom.client.remote.RemoteControlMessage.Grant;
import org.sealroom.client.remote.RemoteControlMessage.Input;
import org.sealroom.client.remote.RemoteControlMessage.Request;
import org.sealroom.client.remote.RemoteControlMessage.Revoke;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.RemoteControlStatus;
import org.sealroom.client.session.RemoteControlStatus.Mode;
import org.sealroom.client.session.RemoteInput;

/**
 * The viewer's side of remote control: asks one sharer, follows its answer, and numbers the input it sends under the
 * grant. Pointer moves are coalesced to at most one per {@link #MOVE_INTERVAL_NANOS}: a move that comes sooner waits
 * as the pending move, and goes out before the next other event or when {@link #flush()} runs.
 */
public final class RemoteControlViewer {

    static final long MOVE_INTERVAL_NANOS = 1_000_000_000L / 60;

    /** What the viewer's front end hears. */
    public interface Events {
        void changed(RemoteControlStatus status);
    }

    private final Outbox out;
    private final Events events;
    private final LongSupplier nanoTime;
    private Mode mode = Mode.IDLE;
    private String lastReason = "";
    private ParticipantId sharer;
    private String sharerName = "";
    private long requestId;
    private long grantId;
    private long sequence;
    private long lastMoveAt;
    private RemoteInput.PointerMove pendingMove;

    public RemoteControlViewer(Outbox out, Events events, LongSupplier nanoTime) {
        this.out = out;
        this.events = events;
        this.nanoTime = nanoTime;
        this.lastMoveAt = nanoTime.getAsLong() - MOVE_INTERVAL_NANOS;
    }

    public synchronized RemoteControlStatus status() {
        return mode == Mode.IDLE ? RemoteControlStatus.idle(lastReason)
                : RemoteControlStatus.with(mode, sharer, sharerName);
    }

    /** Asks {@code to} for control, giving up any other request or control first. */
    public synchronized void request(ParticipantId to, String name) {
        if (mode != Mode.IDLE && !to.equals(sharer)) {
            release("asked someone else");
        }
        if (mode == Mode.CONTROLLING) {
            return;
        }
        sharer = to;
        sharerName = name;
        requestId++;
        mode = Mode.REQUESTING;
        out.send(to, new Request(requestId));
        events.changed(status());
    }

    public synchronized void onGrant(ParticipantId from, Grant grant) {
        if (mode != Mode.REQUESTING || !from.equals(sharer) || grant.requestId() != requestId) {
            // Not wanted (any more): give it straight back rather than hold control we did not ask for.
            out.send(from, new Revoke(grant.grantId(), "no longer wanted"));
            return;
        }
        mode = Mode.CONTROLLING;
        grantId = grant.grantId();
        sequence = 0;
        pendingMove = null;
        events.changed(status());
    }

    public synchronized void onDeny(ParticipantId from, Deny deny) {
        if (mode == Mode.REQUESTING && from.equals(sharer) && deny.requestId() == requestId) {
            becomeIdle("denied: " + deny.reason());
        }
    }

    /** The sharer ended the grant; true when it was this viewer's grant. */
    public synchronized boolean onRevoke(ParticipantId from, Revoke revoke) {
        if (mode != Mode.CONTROLLING || !from.equals(sharer) || revoke.grantId() != grantId) {
            return false;
        }
        becomeIdle(revoke.reason());
        return true;
    }

    /**
     * Sends {@code event} under the grant; ignored unless controlling.
     *
     * @return when a move was held back, how many nanoseconds until {@link #flush()} should send it
     */
    public synchronized Optional<Long> send(RemoteInput event) {
        if (mode != Mode.CONTROLLING) {
            return Optional.empty();
        }
        if (event instanceof RemoteInput.PointerMove move) {
            long wait = lastMoveAt + MOVE_INTERVAL_NANOS - nanoTime.getAsLong();
            if (wait > 0) {
                boolean first = pendingMove == null;
                pendingMove = move;
                return first ? Optional.of(wait) : Optional.empty();
            }
            pendingMove = null;
            lastMoveAt = nanoTime.getAsLong();
        } else {
            flush();
        }
        out.send(sharer, new Input(grantId, ++sequence, event));
        return Optional.empty();
    }

    /** Sends the move held back by coalescing, if any. */
    public synchronized void flush() {
        if (mode == Mode.CONTROLLING && pendingMove != null) {
            RemoteInput.PointerMove move = pendingMove;
            pendingMove = null;
            lastMoveAt = nanoTime.getAsLong();
            out.send(sharer, new Input(grantId, ++sequence, move));
        }
    }

    /** Gives control back, or withdraws the open request. */
    public synchronized void release(String reason) {
        if (mode == Mode.CONTROLLING) {
            out.send(sharer, new Revoke(grantId, reason));
        }
        if (mode != Mode.IDLE) {
            becomeIdle(reason);
        }
    }

    /** The sharer left: whatever was going on with it ends. */
    public synchronized void membersChanged(Set<ParticipantId> present) {
        if (mode != Mode.IDLE && !present.contains(sharer)) {
            becomeIdle(sharerName + " left the meeting");
        }
    }

    private void becomeIdle(String reason) {
        mode = Mode.IDLE;
        pendingMove = null;
        lastReason = reason;
        events.changed(status());
    }
}
