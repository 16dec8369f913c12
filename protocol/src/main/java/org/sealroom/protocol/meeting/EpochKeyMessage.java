package org.sealroom.protocol.meeting;

import org.sealroom.crypto.epoch.Epoch;
import org.sealroom.crypto.hpke.WrappedMeetingKey;

/**
 * One member's copy of a new epoch key, wrapped with HPKE auth mode from the host's meeting key
 * (docs/protocol.md 8.6): {@code 0x06 ‖ u32 epoch ‖ wrapped key}.
 */
public record EpochKeyMessage(Epoch epoch, WrappedMeetingKey wrapped) {

    public byte[] encode() {
        return new MessageWriter().u8(PayloadKind.EPOCH_KEY.code()).u32(epoch.value()).bytes(wrapped.encode())
                .toByteArray();
    }

    public static EpochKeyMessage decode(byte[] payload) {
        MessageReader in = new MessageReader(payload, 1, "epoch key");
        Epoch epoch = new Epoch(in.u32());
        WrappedMeetingKey wrapped = Decoding.checked(() -> WrappedMeetingKey.decode(in.bytes(WrappedMeetingKey.LENGTH)));
        in.end();
        return new EpochKeyMessage(epoch, wrapped);
    }
}
