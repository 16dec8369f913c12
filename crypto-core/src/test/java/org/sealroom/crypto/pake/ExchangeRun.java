package org.sealroom.crypto.pake;

import java.util.function.UnaryOperator;
import org.sealroom.crypto.CryptoException;

/**
 * Both halves of one CPace exchange, every message passed through its wire encoding and through a channel that may
 * alter it, as a hostile relay could. Confirmation tags are exchanged by the test itself.
 */
record ExchangeRun(CpaceSharedKey initiatorKey, CpaceSharedKey responderKey) {

    /** One side's inputs. */
    record Side(PasswordSecret password, CpaceChannelId channel, CpaceSessionId sessionId, byte[] associatedData) {
    }

    static ExchangeRun honest(Side initiator, Side responder) throws CryptoException {
        return through(initiator, responder, UnaryOperator.identity(), UnaryOperator.identity());
    }

    static ExchangeRun through(Side initiator, Side responder, UnaryOperator<byte[]> towardsResponder,
            UnaryOperator<byte[]> towardsInitiator) throws CryptoException {
        CpaceSession a = CpaceSession.initiator(initiator.password(), initiator.channel(), initiator.sessionId(),
                initiator.associatedData());
        CpaceSession b = CpaceSession.responder(responder.password(), responder.channel(), responder.sessionId(),
                responder.associatedData());
        CpaceSharedKey responderKey = b.finish(CpaceMessage.decode(towardsResponder.apply(a.ownMessage().encode())));
        CpaceSharedKey initiatorKey = a.finish(CpaceMessage.decode(towardsInitiator.apply(b.ownMessage().encode())));
        return new ExchangeRun(initiatorKey, responderKey);
    }

    /** The responder's tag as the initiator receives it (Tb). */
    CpaceConfirmationTag tagForInitiator() throws CryptoException {
        return CpaceConfirmationTag.decode(responderKey.confirmationTag().bytes());
    }

    /** The initiator's tag as the responder receives it (Ta). */
    CpaceConfirmationTag tagForResponder() throws CryptoException {
        return CpaceConfirmationTag.decode(initiatorKey.confirmationTag().bytes());
    }

    /** Both sides check the other's tag, the initiator first as in the meeting flow. */
    void confirmBoth() throws CryptoException {
        initiatorKey.verifyPeerConfirmation(tagForInitiator());
        responderKey.verifyPeerConfirmation(tagForResponder());
    }
}
