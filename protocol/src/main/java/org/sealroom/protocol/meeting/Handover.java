package org.sealroom.protocol.meeting;

/**
 * The host role passes to {@code newHost} (docs/protocol.md section 6). {@code chain} ends at the new host's
 * identity and is signed link by link from the host in the join link. With {@code standby} the message only names
 * a co-host in advance: it takes over if the host drops.
 */
public record Handover(int newHost, boolean standby, HandoverChain chain) {

    public byte[] encode() {
        return new MessageWriter().u32(newHost).u8(standby ? 1 : 0).bytes(chain.encode()).toByteArray();
    }

    public static Handover decode(byte[] body) {
        MessageReader in = new MessageReader(body, 0, "handover");
        Handover handover = new Handover((int) in.u32(), in.u8() == 1, HandoverChain.decode(in));
        in.end();
        if (handover.chain.links().isEmpty()) {
            throw new MalformedMeetingMessageException("handover without a signed link");
        }
        return handover;
    }
}
