package org.sealroom.protocol.transport;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts a relay's certificate by fingerprint: the one pinned in advance, else the one remembered from the first
 * connection (trust on first use), else (first use) remembers it. A different certificate is refused with a
 * message that says what happened and what to do. End-to-end encryption never depends on this trust; it keeps an
 * on-path attacker from posing as the relay.
 */
final class PinningTrustManager extends X509ExtendedTrustManager {
    private final RelayEndpoint endpoint;
    private final KnownRelays knownRelays;
    private final RelayFingerprint pinned;

    PinningTrustManager(RelayEndpoint endpoint, KnownRelays knownRelays, RelayFingerprint pinned) {
        this.endpoint = endpoint;
        this.knownRelays = knownRelays;
        this.pinned = pinned;
    }

    /** A refusal from this trust manager, recognisable in the cause chain of a failed handshake. */
    static final class RelayCertificateRefused extends CertificateException {
        private static final long serialVersionUID = 1L;

        RelayCertificateRefused(String message) {
            super(message);
        }
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new RelayCertificateRefused("The relay at " + endpoint + " presented no certificate.");
        }
        RelayFingerprint presented = RelayFingerprint.of(chain[0]);
        if (pinned != null) {
            if (!pinned.equals(presented)) {
                throw new RelayCertificateRefused("The relay at " + endpoint + " presented certificate "
                        + presented + ", but " + pinned + " was pinned (--relay-fingerprint or settings). "
                        + "Connection refused: check the fingerprint with the relay's operator.");
            }
            return;
        }
        Optional<RelayFingerprint> known = knownRelays.lookup(endpoint);
        if (known.isEmpty()) {
            knownRelays.remember(endpoint, presented);
        } else if (!known.get().equals(presented)) {
            throw new RelayCertificateRefused("The relay at " + endpoint + " presented a different certificate ("
                    + presented + ") from the one trusted before (" + known.get() + "). Someone may be "
                    + "intercepting the connection, or the operator replaced the relay's certificate. Connection "
                    + "refused. If the operator confirms the change, remove the line for " + endpoint + " from "
                    + knownRelays.file() + " or pin the new fingerprint with --relay-fingerprint.");
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("a relay client does not accept client certificates");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("a relay client does not accept client certificates");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a relay client does not accept client certificates");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
