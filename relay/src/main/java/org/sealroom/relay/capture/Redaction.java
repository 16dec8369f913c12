package org.sealroom.relay.capture;

import org.sealroom.protocol.control.ControlMessage;
import org.sealroom.protocol.control.ControlMessage.JoinRoom;
import org.sealroom.protocol.control.ControlMessage.ResumeRoom;

/**
 * Replaces the credentials in received control messages (admission, owner and resume tokens) before they are
 * captured: a capture file shows what the relay sees without becoming a key to its rooms.
 */
final class Redaction {
    static final String REDACTED = "<redacted>";

    private Redaction() {
    }

    static ControlMessage redact(ControlMessage message) {
        return switch (message) {
            case JoinRoom join when join.admissionToken() != null ->
                    new JoinRoom(join.requestId(), join.roomId(), REDACTED, null);
            case ResumeRoom resume -> new ResumeRoom(resume.requestId(), resume.roomId(), resume.participantId(),
                    REDACTED, resume.admissionToken() == null ? null : REDACTED,
                    resume.ownerToken() == null ? null : REDACTED, resume.admissionVerifiers());
            default -> message;
        };
    }
}
