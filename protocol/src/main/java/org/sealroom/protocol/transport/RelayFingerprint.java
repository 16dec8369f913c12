package org.sealroom.protocol.transport;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The SHA-256 fingerprint of a relay's TLS certificate (over its DER encoding), which clients pin. Printed as
 * colon-separated upper-case hex pairs; {@link #parse} also accepts plain hex in either case and an optional
 * {@code SHA256:} prefix.
 */
public record RelayFingerprint(String hex) {
    private static final int BYTES = 32;

    public RelayFingerprint {
        if (hex == null || !hex.matches("[0-9a-f]{" + 2 * BYTES + "}")) {
            throw new IllegalArgumentException("a relay fingerprint is 32 bytes of lower-case hex");
        }
    }

    public static RelayFingerprint of(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return new RelayFingerprint(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint certificate", e);
        }
    }

    public static RelayFingerprint parse(String text) {
        String hex = text.trim().toLowerCase(Locale.ROOT);
        if (hex.startsWith("sha256:")) {
            hex = hex.substring("sha256:".length());
        }
        hex = hex.replace(":", "").replace(" ", "");
        if (!hex.matches("[0-9a-f]{" + 2 * BYTES + "}")) {
            throw new IllegalArgumentException("not a SHA-256 fingerprint (64 hex digits): '" + text + "'");
        }
        return new RelayFingerprint(hex);
    }

    @Override
    public String toString() {
        return "SHA256:" + HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(hex));
    }
}
