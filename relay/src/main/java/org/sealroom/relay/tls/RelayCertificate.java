package org.sealroom.relay.tls;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.sealroom.protocol.transport.RelayFingerprint;
import org.sealroom.relay.RelayException;

/**
 * The relay's TLS identity: an operator-supplied PEM certificate and key, or a self-signed ECDSA P-256 certificate
 * generated on first run and kept in the data directory (key file readable by the owner only), so its fingerprint
 * stays the same across restarts and clients can pin it.
 */
public record RelayCertificate(PrivateKey privateKey, List<X509Certificate> chain, boolean generated) {
    static final String CERTIFICATE_FILE = "relay-certificate.pem";
    static final String KEY_FILE = "relay-key.pem";
    private static final Duration VALIDITY = Duration.ofDays(3650);

    public RelayCertificate {
        chain = List.copyOf(chain);
    }

    public X509Certificate leaf() {
        return chain.get(0);
    }

    public RelayFingerprint fingerprint() {
        return RelayFingerprint.of(leaf());
    }

    /** Loads the certificate kept in {@code dataDir}, generating and storing one on first run. */
    public static RelayCertificate loadOrGenerate(Path dataDir) {
        Path certificate = dataDir.resolve(CERTIFICATE_FILE);
        Path key = dataDir.resolve(KEY_FILE);
        if (Files.exists(certificate) && Files.exists(key)) {
            return load(certificate, key);
        }
        RelayCertificate generated = generate();
        generated.store(dataDir, certificate, key);
        return generated;
    }

    /** A self-signed certificate that lives only in memory. */
    public static RelayCertificate generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keys = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=Sealroom relay");
            Instant now = Instant.now();
            X509CertificateHolder holder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(128, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(VALIDITY)), subject, keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
            return new RelayCertificate(keys.getPrivate(),
                    List.of(new JcaX509CertificateConverter().getCertificate(holder)), true);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new RelayException("cannot generate the relay's TLS certificate", e);
        }
    }

    /** Loads a PEM certificate chain (leaf first) and its PEM private key (PKCS#8 or traditional). */
    public static RelayCertificate load(Path certificateFile, Path keyFile) {
        try {
            List<X509Certificate> chain = new ArrayList<>();
            try (PEMParser parser = new PEMParser(Files.newBufferedReader(certificateFile, StandardCharsets.US_ASCII))) {
                for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                    if (item instanceof X509CertificateHolder holder) {
                        chain.add(new JcaX509CertificateConverter().getCertificate(holder));
                    }
                }
            }
            if (chain.isEmpty()) {
                throw new RelayException("no certificate in " + certificateFile);
            }
            return new RelayCertificate(readKey(keyFile), chain, false);
        } catch (IOException | GeneralSecurityException e) {
            throw new RelayException("cannot read the relay certificate " + certificateFile + " / " + keyFile, e);
        }
    }

    private static PrivateKey readKey(Path keyFile) throws IOException {
        try (Reader reader = Files.newBufferedReader(keyFile, StandardCharsets.US_ASCII);
             PEMParser parser = new PEMParser(reader)) {
            Object item = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (item instanceof PEMKeyPair pair) {
                return converter.getPrivateKey(pair.getPrivateKeyInfo());
            }
            if (item instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            throw new RelayException("no private key in " + keyFile);
        }
    }

    private void store(Path dataDir, Path certificateFile, Path keyFile) {
        try {
            Files.createDirectories(dataDir);
            Files.writeString(certificateFile, pem(leaf()), StandardCharsets.US_ASCII);
            Files.deleteIfExists(keyFile);
            try {
                Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(keyFile);
            }
            Files.writeString(keyFile, pem(new JcaPKCS8Generator(privateKey, null)), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new RelayException("cannot store the relay certificate in " + dataDir, e);
        }
    }

    private static String pem(Object object) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "RelayCertificate[" + fingerprint() + ", generated=" + generated + "]";
    }
}
