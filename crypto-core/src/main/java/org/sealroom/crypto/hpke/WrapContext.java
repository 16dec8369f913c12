package org.sealroom.crypto.hpke;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.sealroom.crypto.epoch.Epoch;
import org.sealroom.crypto.internal.ByteWriter;

/**
 * What a wrapped meeting key is bound to: the room and the epoch. It becomes HPKE's {@code info}, so a wrap made
 * for one room or epoch does not open in another.
 *
 * @param roomId the room's identifier, 1 to {@value #MAX_ROOM_ID_BYTES} UTF-8 bytes
 * @param epoch the epoch the key is for
 */
public record WrapContext(String roomId, Epoch epoch) {

    public static final int MAX_ROOM_ID_BYTES = 255;

    private static final String LABEL = "Sealroom v1 meeting key wrap";

    public WrapContext {
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(epoch, "epoch");
        int length = roomId.getBytes(StandardCharsets.UTF_8).length;
        if (length == 0 || length > MAX_ROOM_ID_BYTES) {
            throw new IllegalArgumentException("room id must be 1 to " + MAX_ROOM_ID_BYTES + " UTF-8 bytes");
        }
    }

    /** {@code "Sealroom v1 meeting key wrap" | u64(epoch) | u16(len) | roomId}. */
    byte[] info() {
        return new ByteWriter().ascii(LABEL).u64(epoch.value()).utf8WithLength(roomId).toByteArray();
    }
}
