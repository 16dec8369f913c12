package org.sealroom.crypto.epoch;

import java.util.Objects;
import org.sealroom.crypto.sframe.CipherSuite;

/**
 * Which SFrame cipher suite each stream uses. SFrame headers carry no suite, so sender and receivers must agree
 * on this policy out of band (the meeting's parameters).
 *
 * @param audio suite for {@link StreamKind#AUDIO}
 * @param video suite for {@link StreamKind#VIDEO}
 * @param screen suite for {@link StreamKind#SCREEN}
 * @param data suite for {@link StreamKind#DATA}
 */
public record SuitePolicy(CipherSuite audio, CipherSuite video, CipherSuite screen, CipherSuite data) {

    /**
     * Sealroom's default: AES-128-CTR with an 80-bit HMAC tag for small audio frames (6 bytes less per frame than
     * GCM), AES-128-GCM for everything else.
     */
    public static final SuitePolicy DEFAULT = new SuitePolicy(CipherSuite.AES_128_CTR_HMAC_SHA256_80,
            CipherSuite.AES_128_GCM_SHA256_128, CipherSuite.AES_128_GCM_SHA256_128,
            CipherSuite.AES_128_GCM_SHA256_128);

    /** AES-256-GCM with SHA-512 for every stream. */
    public static final SuitePolicy AES_256 = new SuitePolicy(CipherSuite.AES_256_GCM_SHA512_128,
            CipherSuite.AES_256_GCM_SHA512_128, CipherSuite.AES_256_GCM_SHA512_128,
            CipherSuite.AES_256_GCM_SHA512_128);

    public SuitePolicy {
        Objects.requireNonNull(audio, "audio");
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(screen, "screen");
        Objects.requireNonNull(data, "data");
    }

    public CipherSuite suiteFor(StreamKind stream) {
        return switch (stream) {
            case AUDIO -> audio;
            case VIDEO -> video;
            case SCREEN -> screen;
            case DATA -> data;
        };
    }
}
