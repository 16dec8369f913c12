package org.sealroom.protocol.meeting;

import java.util.Optional;
import org.sealroom.protocol.ProtocolException;
import org.sealroom.crypto.pake.CpaceSession;
import org.sealroom.crypto.pake.CpaceSessionId;
import org.sealroom.crypto.pake.CpaceSharedKey;
import org.sealroom.crypto.pake.PakeConfirmationException;
import org.sealroom.crypto.pake.PasswordSecret;

/**
 * The joiner's side of a password join (docs/protocol.md 2.1): one CPace run as initiator with the room's owner.
 * It always sends its confirmation tag (so a wrong password is counted by the host at once) and accepts the grant
 * only after the host's tag verified. Runs on the peer's thread only.
 */
final class PasswordJoiner implements AutoCloseable {

    /** The host's confirmation tag did not verify: the typed password differs from the host's. */
    static final class WrongPasswordException extends ProtocolException {
        WrongPasswordException() {
            super("The password is wrong.");
        }
    }

    /** The host answered that it no longer accepts the password. */
    static final class PasswordsRefusedException extends ProtocolException {
        PasswordsRefusedException() {
            super("The host no longer accepts this meeting's password (too many wrong guesses). Ask for the link.");
        }
    }

    private final CpaceSession session;
    private final String roomId;
    private final int ownId;
    private CpaceSharedKey key;

    private PasswordJoiner(CpaceSession session, String roomId, int ownId) {
        this.session = session;
        this.roomId = roomId;
        this.ownId = ownId;
    }

    /** Starts a run with a fresh session id and sends the joiner's CPace message to the host. */
    static PasswordJoiner start(PasswordSecret password, String roomId, int ownId, int hostId, MeetingOutbox outbox) {
        CpaceSessionId sessionId = CpaceSessionId.random();
        CpaceSession session = CpaceSession.initiator(password, PasswordChannel.of(roomId, ownId, hostId), sessionId);
        outbox.to(hostId, new PakeMessage.Start(sessionId, session.ownMessage()).encode());
        return new PasswordJoiner(session, roomId, ownId);
    }

    /** Handles a message from the host; returns the grant once it arrived and opened. */
    Optional<PasswordGrant> onMessage(PakeMessage message, int hostId, MeetingOutbox outbox) {
        switch (message) {
            case PakeMessage.Response response -> {
                if (key != null) {
                    throw new MalformedMeetingMessageException("a second password response");
                }
                key = Decoding.checked(() -> session.finish(response.share()));
                session.destroy();
                outbox.to(hostId, new PakeMessage.Confirm(key.confirmationTag()).encode());
                try {
                    key.verifyPeerConfirmation(response.tag());
                } catch (PakeConfirmationException e) {
                    throw new WrongPasswordException();
                }
                return Optional.empty();
            }
            case PakeMessage.Grant grant -> {
                if (key == null || !key.isPeerConfirmed()) {
                    throw new MalformedMeetingMessageException("a password grant before the host confirmed");
                }
                PasswordGrant opened = PasswordGrant.open(grant.sealed(), key, roomId, ownId);
                key.destroy();
                return Optional.of(opened);
            }
            case PakeMessage.Refused refused -> throw new PasswordsRefusedException();
            default -> throw new MalformedMeetingMessageException("a password join message only the joiner sends");
        }
    }

    @Override
    public void close() {
        session.destroy();
        if (key != null) {
            key.destroy();
        }
    }
}
