package org.sealroom.protocol.meeting;

import org.sealroom.crypto.epoch.StreamKind;

/** Where a meeting peer's messages go: the relay transport in production, anything in tests. */
public interface MeetingOutbox {

    void toAll(byte[] payload);

    void to(int participantId, byte[] payload);

    void media(StreamKind stream, int sequence, byte[] frame);

    /** Asks the relay to remove a participant (room owner only). */
    void kick(int participantId);

    /** Asks the relay to make a lobby participant (joined by meeting number) a full member (room owner only). */
    void promote(int participantId);
}
