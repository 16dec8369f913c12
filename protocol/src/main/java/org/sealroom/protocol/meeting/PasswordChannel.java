package org.sealroom.protocol.meeting;

import org.sealroom.crypto.pake.CpaceChannelId;

/** The CPace channel identifier of a password join: the room and both room-local ids (docs/protocol.md 2.1). */
final class PasswordChannel {
    private PasswordChannel() {
    }

    static CpaceChannelId of(String roomId, int joinerId, int hostId) {
        return CpaceChannelId.forParties("sealroom/" + roomId + "/" + joinerId, "sealroom/" + roomId + "/" + hostId);
    }
}
