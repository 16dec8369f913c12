package org.sealroom.protocol.meeting;

import org.sealroom.crypto.pake.CpaceConfirmationTag;
import org.sealroom.crypto.pake.CpaceMessage;
import org.sealroom.crypto.pake.CpaceSessionId;

/**
 * The password-join messages (payload kind {@code 0x04}, docs/protocol.md 8.4): {@code 0x04 ‖ u8 step ‖ body}. All
 * of them are public CPace values or ciphertext; none carries the password or anything computed from it alone.
 */
public sealed interface PakeMessage {

    /** Joiner → host: a fresh session id and the joiner's CPace message (Ya, ADa). */
    record Start(CpaceSessionId sessionId, CpaceMessage share) implements PakeMessage {
    }

    /** Host → joiner: the host's CPace message (Yb, ADb) and its confirmation tag Tb. */
    record Response(CpaceMessage share, CpaceConfirmationTag tag) implements PakeMessage {
    }

    /** Joiner → host: the joiner's confirmation tag Ta. */
    record Confirm(CpaceConfirmationTag tag) implements PakeMessage {
    }

    /** Host → joiner, after Ta verified: {@code S} and the host's fingerprint, sealed under the CPace key. */
    record Grant(byte[] sealed) implements PakeMessage {
    }

    /** Host → joiner: the host no longer answers password joins (too many wrong guesses). */
    record Refused() implements PakeMessage {
    }

    default byte[] encode() {
        MessageWriter out = new MessageWriter().u8(PayloadKind.PAKE.code());
        MessageWriter body = switch (this) {
            case Start s -> out.u8(1).vec16(s.sessionId().bytes()).vec16(s.share().encode());
            case Response r -> out.u8(2).vec16(r.share().encode()).bytes(r.tag().bytes());
            case Confirm c -> out.u8(3).bytes(c.tag().bytes());
            case Grant g -> out.u8(4).bytes(g.sealed());
            case Refused ignored -> out.u8(5);
        };
        return body.toByteArray();
    }

    static PakeMessage decode(byte[] payload) {
        MessageReader in = new MessageReader(payload, 1, "password join message");
        PakeMessage message = switch (in.u8()) {
            case 1 -> new Start(Decoding.checked(() -> CpaceSessionId.decode(in.vec16())),
                    Decoding.checked(() -> CpaceMessage.decode(in.vec16())));
            case 2 -> new Response(Decoding.checked(() -> CpaceMessage.decode(in.vec16())), tag(in));
            case 3 -> new Confirm(tag(in));
            case 4 -> new Grant(in.rest());
            case 5 -> new Refused();
            default -> throw new MalformedMeetingMessageException("unknown password join step");
        };
        in.end();
        return message;
    }

    private static CpaceConfirmationTag tag(MessageReader in) {
        return Decoding.checked(() -> CpaceConfirmationTag.decode(in.bytes(CpaceConfirmationTag.LENGTH)));
    }
}
