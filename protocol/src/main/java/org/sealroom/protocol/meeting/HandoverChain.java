package org.sealroom.protocol.meeting;

import java.util.ArrayList;
import java.util.List;
import org.sealroom.crypto.identity.Fingerprint;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.crypto.identity.IdentityPublicKey;
import org.sealroom.crypto.identity.Signature;

/**
 * The signed path from the host named in the join link to the current host: each link is the previous host's
 * signature over the next host's identity key. Empty while the original host is in charge.
 */
public record HandoverChain(List<Link> links) {

    static final int MAX_LINKS = 16;

    public record Link(IdentityPublicKey from, IdentityPublicKey to, Signature signature) {}

    public HandoverChain {
        links = List.copyOf(links);
    }

    public static HandoverChain empty() {
        return new HandoverChain(List.of());
    }

    /** Appends a handover from {@code from} (the current host, who signs) to {@code to}. */
    public HandoverChain extend(IdentityKeyPair from, IdentityPublicKey to, String roomId) {
        if (links.size() >= MAX_LINKS) {
            throw new IllegalStateException("too many host handovers in one meeting");
        }
        List<Link> next = new ArrayList<>(links);
        next.add(new Link(from.publicKey(), to, from.sign(signedBytes(roomId, to))));
        return new HandoverChain(next);
    }

    /**
     * Checks that this chain leads from the host named in the join link to {@code claimedHost}, verifying every
     * signature on the way.
     *
     * @throws HostMismatchException if it does not
     */
    public void verifyLeadsTo(IdentityPublicKey claimedHost, Fingerprint linkHost, String roomId) {
        IdentityPublicKey holder = links.isEmpty() ? claimedHost : links.get(0).from();
        if (!linkHost.matches(holder)) {
            throw new HostMismatchException(
                    "The host's identity does not match the link: someone may be impersonating the host.");
        }
        for (Link link : links) {
            if (!link.from().equals(holder)) {
                throw new HostMismatchException("The chain of host handovers is broken.");
            }
            Decoding.checked(() -> {
                link.from().verify(signedBytes(roomId, link.to()), link.signature());
                return null;
            });
            holder = link.to();
        }
        if (!holder.equals(claimedHost)) {
            throw new HostMismatchException("The chain of host handovers does not end at the announced host.");
        }
    }

    byte[] encode() {
        MessageWriter out = new MessageWriter().u8(links.size());
        for (Link link : links) {
            out.bytes(link.from().encoded()).bytes(link.to().encoded()).bytes(link.signature().bytes());
        }
        return out.toByteArray();
    }

    static HandoverChain decode(MessageReader in) {
        int count = in.u8();
        if (count > MAX_LINKS) {
            throw new MalformedMeetingMessageException("handover chain too long: " + count);
        }
        List<Link> links = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            links.add(new Link(Decoding.identityKey(in), Decoding.identityKey(in), Decoding.signature(in)));
        }
        return new HandoverChain(links);
    }

    static byte[] signedBytes(String roomId, IdentityPublicKey to) {
        return new MessageWriter().ascii("sealroom handover").utf8(roomId).bytes(to.encoded()).toByteArray();
    }
}
