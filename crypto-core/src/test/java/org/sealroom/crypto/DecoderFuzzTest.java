package org.sealroom.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import org.sealroom.crypto.code.SecurityCode;
import org.sealroom.crypto.epoch.Epoch;
import org.sealroom.crypto.epoch.EpochKeyRing;
import org.sealroom.crypto.epoch.EpochKeys;
import org.sealroom.crypto.epoch.KeyCommitment;
import org.sealroom.crypto.epoch.KeyId;
import org.sealroom.crypto.epoch.MeetingKey;
import org.sealroom.crypto.epoch.StreamKind;
import org.sealroom.crypto.epoch.SuitePolicy;
import org.sealroom.crypto.hpke.EncapsulatedKey;
import org.sealroom.crypto.hpke.HpkeCiphertext;
import org.sealroom.crypto.hpke.MeetingKeyWrap;
import org.sealroom.crypto.hpke.WrapContext;
import org.sealroom.crypto.hpke.WrappedMeetingKey;
import org.sealroom.crypto.hpke.X25519KeyPair;
import org.sealroom.crypto.hpke.X25519PublicKey;
import org.sealroom.crypto.identity.Fingerprint;
import org.sealroom.crypto.identity.IdentityKeyFile;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.crypto.identity.IdentityPublicKey;
import org.sealroom.crypto.identity.KeyFileParameters;
import org.sealroom.crypto.identity.Signature;
import org.sealroom.crypto.sframe.SFrameHeader;
import org.sealroom.crypto.sframe.SFrameReceiver;
import org.sealroom.crypto.sframe.SFrameSender;

/**
 * Hammers every decoder with truncated, oversized, mutated and random input: each must either succeed or throw
 * a typed {@link CryptoException}; anything else (AIOOBE, NPE, IllegalArgumentException, a hang) fails.
 */
class DecoderFuzzTest {

    private static final Epoch EPOCH = new Epoch(3);
    private static final MeetingKey MEETING_KEY = MeetingKey.generate();
    private static final SFrameSender SENDER = EpochKeys.derive(EPOCH, MEETING_KEY).newSender(5, StreamKind.VIDEO,
            SuitePolicy.DEFAULT);
    private static final X25519KeyPair HOST = X25519KeyPair.generate();
    private static final X25519KeyPair PARTICIPANT = X25519KeyPair.generate();
    private static final WrapContext CONTEXT = new WrapContext("fuzz", EPOCH);
    private static final Path KEY_FILE_DIRECTORY = temporaryDirectory();
    private static final byte[] VALID_FRAME = validFrame();
    private static final byte[] VALID_WRAP = validWrap();
    private static final byte[] VALID_KEY_FILE = validKeyFile();

    @Property(tries = 500)
    void sframeHeaderDecoder(@ForAll("garbageOrMutated") byte[] input) {
        ByteBuffer in = ByteBuffer.wrap(input);
        expectOnly(() -> {
            SFrameHeader header = SFrameHeader.decode(in);
            assertThat(in.position()).isEqualTo(header.encodedLength());
        }, MalformedDataException.class);
    }

    @Property(tries = 500)
    void sframeReceiver(@ForAll("garbageOrMutated") byte[] input) {
        EpochKeyRing ring = new EpochKeyRing(SuitePolicy.DEFAULT);
        expectOnly(() -> ring.install(EPOCH, MEETING_KEY));
        SFrameReceiver receiver = new SFrameReceiver(ring);
        expectOnly(() -> receiver.unprotect(ByteBuffer.wrap(input), ByteBuffer.allocate(input.length)),
                MalformedDataException.class, UnknownKeyException.class, AuthenticationFailedException.class,
                ReplayException.class);
        assertThat(receiver.stats().accepted() + receiver.stats().dropped()).isEqualTo(1);
    }

    @Property(tries = 300)
    void publicKeysSignaturesAndCommitments(@ForAll("garbageOrMutated") byte[] input) {
        expectOnly(() -> IdentityPublicKey.decode(input), MalformedDataException.class);
        expectOnly(() -> Signature.decode(input), MalformedDataException.class);
        expectOnly(() -> X25519PublicKey.decode(input), MalformedDataException.class);
        expectOnly(() -> EncapsulatedKey.decode(input), MalformedDataException.class);
        expectOnly(() -> KeyCommitment.decode(input), MalformedDataException.class);
        expectOnly(() -> HpkeCiphertext.decode(input), MalformedDataException.class);
    }

    @Property(tries = 300)
    void wrappedMeetingKeys(@ForAll("garbageOrMutated") byte[] input) {
        expectOnly(() -> {
            WrappedMeetingKey wrapped = WrappedMeetingKey.decode(input);
            MeetingKeyWrap.unwrap(wrapped, PARTICIPANT, HOST.publicKey(), CONTEXT).destroy();
        }, MalformedDataException.class, AuthenticationFailedException.class);
    }

    @Property(tries = 300)
    void keyIds(@ForAll long kid) {
        expectOnly(() -> assertThat(KeyId.parse(kid).value()).isEqualTo(kid), MalformedDataException.class);
    }

    @Property(tries = 300)
    void fingerprints(@ForAll("fingerprintText") String text) {
        expectOnly(() -> assertThat(Fingerprint.parseCompact(text).compact()).isEqualTo(text),
                MalformedDataException.class);
    }

    @Property(tries = 150)
    void keyFiles(@ForAll("garbageOrMutatedKeyFile") byte[] contents) throws Exception {
        Path file = Files.createTempFile(KEY_FILE_DIRECTORY, "fuzz", ".key");
        Files.write(file, contents);
        expectOnly(() -> IdentityKeyFile.load(file, "fuzz passphrase".toCharArray()), KeyFileException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(contents);
        Files.delete(file);
    }

    @Property(tries = 50)
    void securityCodesTakeAnyRoster(@ForAll @IntRange(max = 20) int members) {
        List<IdentityPublicKey> roster = java.util.stream.IntStream.range(0, members)
                .mapToObj(i -> IdentityKeyPair.generate().publicKey()).toList();
        assertThat(SecurityCode.compute(MEETING_KEY.commitment(), EPOCH, roster).digits()).hasSize(35);
    }

    @Provide
    Arbitrary<byte[]> garbageOrMutated() {
        return Arbitraries.oneOf(random(), mutated(VALID_FRAME), mutated(VALID_WRAP));
    }

    @Provide
    Arbitrary<byte[]> garbageOrMutatedKeyFile() {
        return Arbitraries.oneOf(random(), mutated(VALID_KEY_FILE));
    }

    @Provide
    Arbitrary<String> fingerprintText() {
        String valid = IdentityKeyPair.generate().publicKey().fingerprint().compact();
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60),
                Arbitraries.strings().withChars("ABCxyz019-_+/=").ofLength(Fingerprint.COMPACT_LENGTH),
                Arbitraries.integers().between(0, 42).flatMap(i -> Arbitraries.chars().map(
                        c -> valid.substring(0, i) + c + valid.substring(i + 1))));
    }

    private static Arbitrary<byte[]> random() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    }

    /** Truncations, extensions and byte flips of a valid encoding. */
    private static Arbitrary<byte[]> mutated(byte[] valid) {
        Arbitrary<byte[]> truncated = Arbitraries.integers().between(0, valid.length)
                .map(n -> Arrays.copyOf(valid, n));
        Arbitrary<byte[]> extended = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(40)
                .map(tail -> concat(valid, tail));
        Arbitrary<byte[]> flipped = Arbitraries.integers().between(0, valid.length - 1).flatMap(
                i -> Arbitraries.integers().between(1, 255).map(bits -> {
                    byte[] copy = valid.clone();
                    copy[i] ^= (byte) (int) bits;
                    return copy;
                }));
        return Arbitraries.oneOf(truncated, extended, flipped);
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    @SafeVarargs
    private static void expectOnly(Action action, Class<? extends CryptoException>... allowed) {
        try {
            action.run();
        } catch (Exception e) {
            boolean typed = false;
            for (Class<? extends CryptoException> type : allowed) {
                typed |= type.isInstance(e);
            }
            if (!typed) {
                throw new AssertionError("unexpected exception type", e);
            }
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    private static byte[] validFrame() {
        try {
            ByteBuffer out = ByteBuffer.allocate(SENDER.maxProtectedLength(100));
            SENDER.protect(ByteBuffer.wrap(new byte[100]), out);
            return Arrays.copyOf(out.array(), out.position());
        } catch (LimitExhaustedException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] validWrap() {
        try {
            return MeetingKeyWrap.wrap(MEETING_KEY, PARTICIPANT.publicKey(), HOST, CONTEXT).encode();
        } catch (MalformedDataException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] validKeyFile() {
        try {
            Path file = KEY_FILE_DIRECTORY.resolve("valid.key");
            IdentityKeyFile.save(file, IdentityKeyPair.generate(), "fuzz passphrase".toCharArray(),
                    new KeyFileParameters(64, 1, 1));
            return Files.readAllBytes(file);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("sealroom-fuzz");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @AfterContainer
    static void removeTemporaryFiles() throws Exception {
        try (var files = Files.list(KEY_FILE_DIRECTORY)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(KEY_FILE_DIRECTORY);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
