package org.sealroom.crypto.pake;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Objects;

/**
 * The channel identifier CI of CPace (draft-irtf-cfrg-cpace-21, Sections 4.1 and 10.1.1): the identities of the two
 * parties in their roles, bound into the password-derived generator. Both sides must build it from the same strings;
 * it is never sent on the wire. Built as {@code lv_cat(initiator, responder)}, the form of the draft's test vectors.
 */
public final class CpaceChannelId {

    /** Longest accepted identity string, in UTF-8 octets. */
    public static final int MAX_IDENTITY_OCTETS = 1024;

    private final byte[] encoded;

    private CpaceChannelId(byte[] encoded) {
        this.encoded = encoded;
    }

    /**
     * The channel between an initiator and a responder, each named by a string that includes its role (Section 10.1.2
     * asks that role information be part of the identity), e.g. {@code "sealroom joiner"} and
     * {@code "sealroom host of meeting 123-456-789 at relay.example:7443"}.
     *
     * @throws IllegalArgumentException if an identity is longer than {@link #MAX_IDENTITY_OCTETS} octets
     */
    public static CpaceChannelId forParties(String initiatorIdentity, String responderIdentity) {
        byte[] initiator = Objects.requireNonNull(initiatorIdentity, "initiatorIdentity").getBytes(UTF_8);
        byte[] responder = Objects.requireNonNull(responderIdentity, "responderIdentity").getBytes(UTF_8);
        if (initiator.length > MAX_IDENTITY_OCTETS || responder.length > MAX_IDENTITY_OCTETS) {
            throw new IllegalArgumentException("party identities are limited to " + MAX_IDENTITY_OCTETS + " octets");
        }
        return new CpaceChannelId(LengthValue.lvCat(initiator, responder));
    }

    /** The CI octets fed into the generator string. */
    byte[] encoded() {
        return encoded.clone();
    }

    @Override
    public String toString() {
        // CI may hold confidential identity information (Section 4.1), so only its size is shown.
        return "CpaceChannelId[" + encoded.length + " octets]";
    }
}
