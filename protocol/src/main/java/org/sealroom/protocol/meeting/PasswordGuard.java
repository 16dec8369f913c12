package org.sealroom.protocol.meeting;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.sealroom.crypto.pake.CpaceSession;
import org.sealroom.crypto.pake.CpaceSharedKey;
import org.sealroom.crypto.pake.PakeConfirmationException;
import org.sealroom.crypto.pake.PasswordSecret;

/**
 * The host's side of password joins (docs/protocol.md 2.1): answers each lobby participant's CPace run as responder
 * and, once the joiner's confirmation tag verified, sends it the meeting secret and the host's fingerprint. Every run
 * that does not end with a valid tag (wrong tag, new start, the joiner left, no tag in time) is a failed guess; runs
 * in progress count against the limit too, so parallel runs cannot add guesses. Runs on the peer's thread only.
 */
final class PasswordGuard {

    static final int MAX_FAILURES = 10;
    static final Duration ABANDONED_AFTER = Duration.ofSeconds(30);

    private record Run(CpaceSharedKey key, ScheduledFuture<?> deadline) {
    }

    private final MeetingPeer peer;
    private final MeetingConfig config;
    private final PasswordSecret password;
    private final ScheduledExecutorService executor;
    private final Map<Integer, Run> runs = new HashMap<>();
    private static final Duration REMOVE_AFTER = Duration.ofSeconds(2);

    private int failures;

    PasswordGuard(MeetingPeer peer, MeetingConfig config, PasswordSecret password, ScheduledExecutorService executor) {
        this.peer = peer;
        this.config = config;
        this.password = password;
        this.executor = executor;
    }

    int failures() {
        return failures;
    }

    /** A PAKE message from a lobby participant. */
    void onMessage(int sender, PakeMessage message) {
        switch (message) {
            case PakeMessage.Start start -> start(sender, start);
            case PakeMessage.Confirm confirm -> confirm(sender, confirm);
            default -> throw new MalformedMeetingMessageException("a password join message only the host sends");
        }
    }

    /** The participant left the room: a run it did not finish is a failed guess. */
    void onLeft(int participantId) {
        abandon(participantId);
    }

    void stop() {
        runs.values().forEach(run -> {
            run.deadline().cancel(false);
            run.key().destroy();
        });
        runs.clear();
    }

    private void start(int sender, PakeMessage.Start start) {
        abandon(sender);
        if (failures + runs.size() >= MAX_FAILURES) {
            peer.outbox().to(sender, new PakeMessage.Refused().encode());
            removeLater(sender);
            return;
        }
        CpaceSharedKey key;
        PakeMessage.Response response;
        try (CpaceSession session = CpaceSession.responder(password,
                PasswordChannel.of(config.roomId(), sender, peer.ownId()), start.sessionId())) {
            key = Decoding.checked(() -> session.finish(start.share()));
            response = new PakeMessage.Response(session.ownMessage(), key.confirmationTag());
        } catch (MalformedMeetingMessageException e) {
            failed(sender); // an invalid share is an attempt too
            throw e;
        }
        ScheduledFuture<?> deadline = executor.schedule(peer.guarded(() -> abandon(sender)),
                ABANDONED_AFTER.toMillis(), TimeUnit.MILLISECONDS);
        runs.put(sender, new Run(key, deadline));
        peer.outbox().to(sender, response.encode());
    }

    private void confirm(int sender, PakeMessage.Confirm confirm) {
        Run run = runs.remove(sender);
        if (run == null) {
            throw new MalformedMeetingMessageException("password confirmation without a run");
        }
        run.deadline().cancel(false);
        try (CpaceSharedKey key = run.key()) {
            try {
                key.verifyPeerConfirmation(confirm.tag());
            } catch (PakeConfirmationException e) {
                failed(sender);
                removeLater(sender);
                return;
            }
            PasswordGrant grant = new PasswordGrant(config.secret(), config.identity().publicKey().fingerprint());
            peer.outbox().to(sender, new PakeMessage.Grant(grant.seal(key, config.roomId(), sender)).encode());
        }
        peer.passwordAccepted(sender);
    }

    /** A lobby participant that failed stays out of the room: it gets a moment to read why, then the relay drops it. */
    private void removeLater(int participantId) {
        executor.schedule(peer.guarded(() -> {
            if (peer.relayMembers().contains(participantId) || peer.inRelayLobby(participantId)) {
                peer.outbox().kick(participantId);
            }
        }), REMOVE_AFTER.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void abandon(int participantId) {
        Run run = runs.remove(participantId);
        if (run != null) {
            run.deadline().cancel(false);
            run.key().destroy();
            failed(participantId);
        }
    }

    private void failed(int participantId) {
        failures++;
        peer.warning(MeetingWarning.Kind.PASSWORD_GUESS_FAILED, "Participant #" + participantId
                + " tried a wrong meeting password (" + failures + " of " + MAX_FAILURES + " allowed).");
        if (failures == MAX_FAILURES) {
            peer.warning(MeetingWarning.Kind.PASSWORD_JOIN_LOCKED, MAX_FAILURES + " wrong meeting passwords: this "
                    + "meeting no longer accepts its password. Someone may be guessing it; share the link instead.");
        }
    }
}
