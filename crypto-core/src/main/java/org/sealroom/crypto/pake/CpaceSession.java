package org.sealroom.crypto.pake;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import javax.security.auth.Destroyable;
import org.sealroom.crypto.internal.Randomness;

/**
 * One run of CPace, suite CPACE-X25519-SHA512 (draft-irtf-cfrg-cpace-21), in the initiator-responder setting: the
 * transcript is {@code transcript_ir}, the initiator's message first.
 *
 * <pre>{@code
 * joiner (initiator)                                    host (responder)
 *   s = initiator(password, ci, sid)                      s = responder(password, ci, sid)
 *   send s.ownMessage()  ─────── MSGa ──────────────▶    key = s.finish(MSGa)
 *   key = s.finish(MSGb) ◀────── MSGb, Tb ──────────    send s.ownMessage(), key.confirmationTag()
 *   key.verifyPeerConfirmation(Tb)
 *   send key.confirmationTag() ── Ta ───────────────▶    key.verifyPeerConfirmation(Ta)
 * }</pre>
 *
 * <p>The password-derived generator is computed and forgotten when the session is made; the ephemeral scalar lives
 * until {@link #finish} (or {@link #destroy()}), which may be called once: a session is one password guess. Not safe
 * for concurrent use.
 */
public final class CpaceSession implements Destroyable, AutoCloseable {

    private final CpaceRole role;
    private final byte[] sessionId;
    private final byte[] scalar;
    private final CpaceMessage ownMessage;
    private boolean spent;

    private CpaceSession(CpaceRole role, PasswordSecret password, CpaceChannelId channel, CpaceSessionId sessionId,
            byte[] associatedData, byte[] scalar) {
        this.role = role;
        this.sessionId = sessionId.bytes();
        this.scalar = scalar;
        byte[] prs = null;
        byte[] generator = null;
        try {
            prs = password.prsCopy();
            generator = CpaceX25519.calculateGenerator(prs, channel.encoded(), this.sessionId);
            this.ownMessage = new CpaceMessage(CpaceX25519.scalarMult(scalar, generator), associatedData);
        } catch (RuntimeException e) {
            Arrays.fill(scalar, (byte) 0);
            throw e;
        } finally {
            wipe(prs);
            wipe(generator);
        }
    }

    /** Starts the initiator's side (party A) with empty associated data. */
    public static CpaceSession initiator(PasswordSecret password, CpaceChannelId channel, CpaceSessionId sessionId) {
        return start(CpaceRole.INITIATOR, password, channel, sessionId, new byte[0]);
    }

    /**
     * Starts the initiator's side (party A) with public associated data ADa, e.g. a protocol version.
     *
     * @throws IllegalArgumentException if the associated data is longer than
     *     {@link CpaceMessage#MAX_ASSOCIATED_DATA_LENGTH}
     */
    public static CpaceSession initiator(PasswordSecret password, CpaceChannelId channel, CpaceSessionId sessionId,
            byte[] associatedData) {
        return start(CpaceRole.INITIATOR, password, channel, sessionId, associatedData);
    }

    /** Starts the responder's side (party B) with empty associated data. */
    public static CpaceSession responder(PasswordSecret password, CpaceChannelId channel, CpaceSessionId sessionId) {
        return start(CpaceRole.RESPONDER, password, channel, sessionId, new byte[0]);
    }

    /**
     * Starts the responder's side (party B) with public associated data ADb.
     *
     * @throws IllegalArgumentException if the associated data is longer than
     *     {@link CpaceMessage#MAX_ASSOCIATED_DATA_LENGTH}
     */
    public static CpaceSession responder(PasswordSecret password, CpaceChannelId channel, CpaceSessionId sessionId,
            byte[] associatedData) {
        return start(CpaceRole.RESPONDER, password, channel, sessionId, associatedData);
    }

    private static CpaceSession start(CpaceRole role, PasswordSecret password, CpaceChannelId channel,
            CpaceSessionId sessionId, byte[] associatedData) {
        // G_X25519.sample_scalar() = sample_random_bytes(32); X25519 clamps it (Sections 8.2 and 10.7).
        byte[] scalar = Randomness.bytes(CpaceX25519.FIELD_SIZE_BYTES);
        return withScalar(role, password, channel, sessionId, associatedData, scalar);
    }

    /** A session with a given scalar, which it takes over; only the test vectors need to fix the scalar. */
    static CpaceSession withScalar(CpaceRole role, PasswordSecret password, CpaceChannelId channel,
            CpaceSessionId sessionId, byte[] associatedData, byte[] scalar) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(associatedData, "associatedData");
        if (associatedData.length > CpaceMessage.MAX_ASSOCIATED_DATA_LENGTH) {
            throw new IllegalArgumentException("associated data is limited to "
                    + CpaceMessage.MAX_ASSOCIATED_DATA_LENGTH + " octets");
        }
        return new CpaceSession(role, password, channel, sessionId, associatedData, scalar);
    }

    /** This side's role. */
    public CpaceRole role() {
        return role;
    }

    /** The message to send to the peer: MSGa for the initiator, MSGb for the responder. */
    public CpaceMessage ownMessage() {
        return ownMessage;
    }

    /**
     * Completes the exchange with the peer's message: K = X25519(y, Y_peer), abort if K is the neutral element,
     * ISK = SHA-512(lv_cat(b"CPace255_ISK", sid, K) || transcript_ir) (Section 7.2). The scalar is wiped whatever the
     * outcome, so each session allows exactly one attempt.
     *
     * @throws InvalidPeerShareException if the peer's share is a low-order point (K = G.I) or equals our own share
     * @throws IllegalStateException if the session was already finished or destroyed
     */
    public CpaceSharedKey finish(CpaceMessage peer) throws InvalidPeerShareException {
        Objects.requireNonNull(peer, "peer");
        if (spent) {
            throw new IllegalStateException("a CpaceSession can be finished only once; start a new one");
        }
        byte[] k = null;
        try {
            byte[] peerShare = peer.publicShare();
            if (MessageDigest.isEqual(peerShare, ownMessage.publicShare())) {
                // Honest shares collide with negligible probability; an echo is a reflection attempt (Section 10.1.2).
                throw new InvalidPeerShareException("the peer's CPace share equals our own: reflected message");
            }
            k = CpaceX25519.scalarMult(scalar, peerShare);
            if (CpaceX25519.isIdentity(k)) {
                throw new InvalidPeerShareException(
                        "the peer's CPace share is a low-order point (scalar_mult_vfy returned the neutral element)");
            }
            CpaceMessage a = role == CpaceRole.INITIATOR ? ownMessage : peer;
            CpaceMessage b = role == CpaceRole.INITIATOR ? peer : ownMessage;
            byte[] transcript = transcriptIr(a.publicShare(), a.associatedData(), b.publicShare(), b.associatedData());
            byte[] isk = CpaceX25519.intermediateSessionKey(sessionId, k, transcript);
            return new CpaceSharedKey(role, sessionId, isk, ownMessage, peer);
        } finally {
            wipe(k);
            destroy();
        }
    }

    /** transcript_ir(Ya, ADa, Yb, ADb) = lv_cat(Ya, ADa) || lv_cat(Yb, ADb) (Appendix A.3.4). */
    static byte[] transcriptIr(byte[] ya, byte[] adA, byte[] yb, byte[] adB) {
        ByteArrayOutputStream transcript = new ByteArrayOutputStream();
        transcript.writeBytes(LengthValue.lvCat(ya, adA));
        transcript.writeBytes(LengthValue.lvCat(yb, adB));
        return transcript.toByteArray();
    }

    private static void wipe(byte[] secret) {
        if (secret != null) {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** Wipes the ephemeral scalar; the session can no longer be finished. */
    @Override
    public void destroy() {
        Arrays.fill(scalar, (byte) 0);
        spent = true;
    }

    @Override
    public boolean isDestroyed() {
        return spent;
    }

    @Override
    public void close() {
        destroy();
    }

    @Override
    public String toString() {
        return "CpaceSession[role=" + role + (spent ? ", spent" : "") + "]";
    }
}
