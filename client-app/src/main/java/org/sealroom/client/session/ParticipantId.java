package org.sealroom.client.session;

/** A participant's room-local id, as the relay assigned it. */
public record ParticipantId(long value) {
    @Override
    public String toString() {
        return "#" + value;
    }
}
