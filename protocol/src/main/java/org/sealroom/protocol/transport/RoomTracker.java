package org.sealroom.protocol.transport;

import io.netty.channel.EventLoop;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.sealroom.protocol.control.ControlMessage.LobbyJoined;
import org.sealroom.protocol.control.ControlMessage.ParticipantJoined;
import org.sealroom.protocol.control.ControlMessage.ParticipantLeft;
import org.sealroom.protocol.control.ControlMessage.RoomClosed;
import org.sealroom.protocol.control.ControlMessage.RoomJoined;
import org.sealroom.protocol.control.ErrorCode;
import org.sealroom.protocol.control.RoomCloseReason;

/**
 * The room a {@link RelayClient} is in, across reconnects: it applies the relay's membership notices, tells the
 * listener, and resumes the room on each new link, retrying while a restarted relay waits for the owner to bring
 * the room back. Confined to the client's event loop, except {@link #membership()}.
 */
final class RoomTracker {
    private final EventLoop loop;
    private final PendingRequests requests;
    private final Backoff backoff;
    private final Duration resumeGiveUp;
    private final Supplier<Link> currentLink;
    private final Consumer<MembershipEvent> events;

    private RoomState room;
    private volatile RoomMembership membership;

    RoomTracker(EventLoop loop, PendingRequests requests, Backoff backoff, Duration resumeGiveUp,
                Supplier<Link> currentLink, Consumer<MembershipEvent> events) {
        this.loop = loop;
        this.requests = requests;
        this.backoff = backoff;
        this.resumeGiveUp = resumeGiveUp;
        this.currentLink = currentLink;
        this.events = events;
    }

    /** The room right now, or {@code null}; safe from any thread. */
    RoomMembership membership() {
        return membership;
    }

    boolean inRoom() {
        return room != null;
    }

    /** Enters {@code next}, or leaves the room with {@code null}. */
    void enter(RoomState next) {
        room = next;
        membership = next == null ? null
                : new RoomMembership(next.roomId, next.participantId, next.members, next.owner(), next.lobby);
    }

    /** The owner admits holders of another token: remembered, so that a resume can bring the room back whole. */
    void verifierAdded(String verifier) {
        if (room != null) {
            room.verifiers.add(verifier);
        }
    }

    void verifierRemoved(String verifier) {
        if (room != null) {
            room.verifiers.remove(verifier);
        }
    }

    /** The link was lost: resuming the room gives up {@code resumeGiveUp} from the first loss. */
    void linkLost() {
        if (room != null && room.resumeDeadlineNanos == 0) {
            room.resumeDeadlineNanos = System.nanoTime() + resumeGiveUp.toNanos();
        }
    }

    /** A new link completed its hello: the room, if any, is resumed on it. */
    void welcomed(Link current) {
        if (room != null) {
            resume(current, room);
        }
    }

    void lobbyJoined(LobbyJoined joined) {
        memberAdded(joined.participantId(), new MembershipEvent.LobbyJoined(joined.participantId()));
    }

    void participantJoined(ParticipantJoined joined) {
        memberAdded(joined.participantId(), new MembershipEvent.ParticipantJoined(joined.participantId()));
    }

    void participantLeft(ParticipantLeft left) {
        if (room != null) {
            room.members.remove(left.participantId());
            enter(room);
            events.accept(new MembershipEvent.ParticipantLeft(left.participantId(), left.reason()));
        }
    }

    void roomClosed(RoomClosed closed) {
        if (room != null) {
            String roomId = room.roomId;
            enter(null);
            events.accept(new MembershipEvent.RoomClosed(roomId, closed.reason(), closed.message()));
        }
    }

    private void memberAdded(int participantId, MembershipEvent event) {
        if (room != null) {
            room.members.add(participantId);
            enter(room);
            events.accept(event);
        }
    }

    private void resume(Link current, RoomState resuming) {
        CompletableFuture<RoomJoined> result = new CompletableFuture<>();
        long id = requests.register(reply -> PendingRequests.expect(reply, RoomJoined.class), result);
        current.tcp.writeAndFlush(resuming.resumeRequest(id));
        result.whenComplete((joined, error) -> onResumeResult(current, resuming, joined, error));
    }

    private void onResumeResult(Link current, RoomState resuming, RoomJoined joined, Throwable error) {
        if (room != resuming) {
            return;
        }
        if (error == null) {
            int previous = resuming.participantId;
            resuming.joined(joined);
            resuming.resumeDeadlineNanos = 0;
            enter(resuming);
            events.accept(new MembershipEvent.RoomResumed(resuming.roomId, previous, joined.participantId(),
                    resuming.members));
            return;
        }
        if (currentLink.get() != current) {
            return;
        }
        if (error instanceof RelayErrorException refused && refused.code() == ErrorCode.ROOM_NOT_FOUND
                && System.nanoTime() < resuming.resumeDeadlineNanos) {
            // After a relay restart the owner must bring the room back first; try again shortly.
            loop.schedule(() -> {
                if (currentLink.get() == current && room == resuming) {
                    resume(current, resuming);
                }
            }, backoff.nextDelayNanos(), TimeUnit.NANOSECONDS);
            return;
        }
        enter(null);
        events.accept(new MembershipEvent.RoomClosed(resuming.roomId, RoomCloseReason.EXPIRED,
                "could not resume the room after reconnecting: " + error.getMessage()));
    }
}
