package org.sealroom.crypto.bench;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.sealroom.crypto.epoch.Epoch;
import org.sealroom.crypto.epoch.EpochKeyRing;
import org.sealroom.crypto.epoch.EpochKeys;
import org.sealroom.crypto.epoch.MeetingKey;
import org.sealroom.crypto.epoch.StreamKind;
import org.sealroom.crypto.epoch.SuitePolicy;
import org.sealroom.crypto.hpke.Hpke;
import org.sealroom.crypto.hpke.HpkeCiphertext;
import org.sealroom.crypto.hpke.MeetingKeyWrap;
import org.sealroom.crypto.hpke.WrapContext;
import org.sealroom.crypto.hpke.X25519KeyPair;
import org.sealroom.crypto.hpke.X25519PublicKey;
import org.sealroom.crypto.sframe.SFrameReceiver;
import org.sealroom.crypto.sframe.SFrameSender;

/**
 * {@code ./sealroom bench crypto}: prints one {@code name: value} line per metric on stdout, each measured against
 * its baseline in the same run; details go to stderr. A warmed-up harness rather than JMH forks, because the build
 * machines are shared: single-threaded work is timed in this thread's CPU time (time spent descheduled by other
 * processes does not count), in many short rounds alternating baseline and candidate, and each side's cost is the
 * median of its rounds. The parallel rekey is wall-clock time (see {@link #rekeyMillis()}).
 */
public final class CryptoBench {

    private static final int ROUNDS = 301;
    private static final long ROUND_NANOS = 2_000_000L;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private CryptoBench() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        long start = System.nanoTime();
        FramePath large = new FramePath(1200);
        FramePath small = new FramePath(64);
        double ratioLarge = large.throughputRatio();
        double ratioSmall = small.throughputRatio();
        Allocation allocation = small.allocationPerProtect();
        HpkeTimes hpke = HpkeTimes.measure();
        double rekeyMillis = rekeyMillis();

        System.out.printf("sframe_protect_unprotect_1200B_vs_jdk_gcm: %.3f%n", ratioLarge);
        System.out.printf("sframe_protect_unprotect_64B_vs_jdk_gcm: %.3f%n", ratioSmall);
        System.out.printf("alloc_bytes_per_frame: %.1f%n", allocation.protectTotal());
        System.out.printf("hpke_seal_us: %.1f%n", hpke.sealMicros());
        System.out.printf("hpke_open_us: %.1f%n", hpke.openMicros());
        System.out.printf("rekey_wrap_1000_ms: %.1f%n", rekeyMillis);
        System.err.printf("# details: 1200B %s; 64B %s%n", large.details, small.details);
        System.err.printf("# allocation per 64B frame: protect %.1f B in total; inside the JDK's AES-GCM:"
                + " %.1f B per init+doFinal, %.1f B with a 3-byte AAD; so SFrame's own code adds %.1f B%n",
                allocation.protectTotal(), allocation.jdkGcm(), allocation.jdkGcmWithAad(),
                allocation.protectTotal() - allocation.jdkGcmWithAad());
        System.err.printf("# bench took %.1f s on %d cores%n", (System.nanoTime() - start) / 1e9,
                Runtime.getRuntime().availableProcessors());
    }

    /** SFrame protect+unprotect (suite 0x0004, via the epoch key ring) against raw JDK AES-GCM at one size. */
    private static final class FramePath {
        private final int size;
        private final SFrameSender sender;
        private final SFrameReceiver receiver;
        private final ByteBuffer plaintext;
        private final ByteBuffer frame;
        private final ByteBuffer decrypted;
        private final Cipher jdkEncrypt;
        private final Cipher jdkDecrypt;
        private final SecretKeySpec jdkKey;
        private final byte[] jdkIv = new byte[12];
        private final byte[] jdkPlain;
        private final byte[] jdkCipher;
        private final byte[] jdkBack;
        private long jdkCounter;
        private long sink;
        String details = "";

        FramePath(int size) throws Exception {
            this.size = size;
            MeetingKey meetingKey = MeetingKey.generate();
            Epoch epoch = new Epoch(7);
            EpochKeys keys = EpochKeys.derive(epoch, meetingKey);
            sender = keys.newSender(3, StreamKind.VIDEO, SuitePolicy.DEFAULT);
            EpochKeyRing ring = new EpochKeyRing(SuitePolicy.DEFAULT);
            ring.install(epoch, meetingKey);
            receiver = new SFrameReceiver(ring);
            plaintext = ByteBuffer.allocate(size);
            frame = ByteBuffer.allocate(sender.maxProtectedLength(size));
            decrypted = ByteBuffer.allocate(size);
            jdkEncrypt = Cipher.getInstance("AES/GCM/NoPadding");
            jdkDecrypt = Cipher.getInstance("AES/GCM/NoPadding");
            jdkKey = new SecretKeySpec(new byte[16], "AES");
            jdkPlain = new byte[size];
            jdkCipher = new byte[size + 16];
            jdkBack = new byte[size];
        }

        void sframeOnce() throws Exception {
            plaintext.clear();
            frame.clear();
            sender.protect(plaintext, frame);
            frame.flip();
            decrypted.clear();
            sink += receiver.unprotect(frame, decrypted);
        }

        void jdkOnce() throws Exception {
            long counter = ++jdkCounter;
            for (int i = 0; i < 8; i++) {
                jdkIv[4 + i] = (byte) (counter >>> (56 - 8 * i));
            }
            jdkEncrypt.init(Cipher.ENCRYPT_MODE, jdkKey, new GCMParameterSpec(128, jdkIv));
            jdkEncrypt.doFinal(jdkPlain, 0, size, jdkCipher, 0);
            jdkDecrypt.init(Cipher.DECRYPT_MODE, jdkKey, new GCMParameterSpec(128, jdkIv));
            sink += jdkDecrypt.doFinal(jdkCipher, 0, jdkCipher.length, jdkBack, 0);
        }

        double throughputRatio() throws Exception {
            // Warm up until both paths ran 300,000 times and at least 3 s passed, so that C2 has compiled them
            // even when the compiler threads share the machine with other work.
            long warmupEnd = System.nanoTime() + 3_000_000_000L;
            for (int done = 0; done < 300_000 || System.nanoTime() < warmupEnd; done += 1000) {
                for (int i = 0; i < 1000; i++) {
                    sframeOnce();
                    jdkOnce();
                }
            }
            int batch = calibrate();
            double[] sframeNs = new double[ROUNDS];
            double[] jdkNs = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                boolean sframeFirst = round % 2 == 0;
                double first = sframeFirst ? timeSFrame(batch) : timeJdk(batch);
                double second = sframeFirst ? timeJdk(batch) : timeSFrame(batch);
                sframeNs[round] = sframeFirst ? first : second;
                jdkNs[round] = sframeFirst ? second : first;
            }
            details = String.format("sframe %.0f ns/frame, jdk %.0f ns/frame (CPU time, median of %d rounds x %d"
                    + " frames; p5 %.0f / %.0f)", median(sframeNs), median(jdkNs), ROUNDS, batch,
                    lowPercentile(sframeNs), lowPercentile(jdkNs));
            return median(jdkNs) / median(sframeNs);
        }

        /** Frames per round so that an undisturbed round lasts about {@link #ROUND_NANOS}. */
        private int calibrate() throws Exception {
            double[] perOp = new double[15];
            for (int trial = 0; trial < perOp.length; trial++) {
                perOp[trial] = timeSFrame(200);
            }
            return (int) Math.max(100, ROUND_NANOS / lowPercentile(perOp));
        }

        private double timeSFrame(int batch) throws Exception {
            long t0 = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < batch; i++) {
                sframeOnce();
            }
            return (THREADS.getCurrentThreadCpuTime() - t0) / (double) batch;
        }

        private double timeJdk(int batch) throws Exception {
            long t0 = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < batch; i++) {
                jdkOnce();
            }
            return (THREADS.getCurrentThreadCpuTime() - t0) / (double) batch;
        }

        Allocation allocationPerProtect() throws Exception {
            com.sun.management.ThreadMXBean threads = THREADS;
            int n = 200_000;
            for (int i = 0; i < n; i++) {
                protectOnly();
                jdkEncryptOnly();
            }
            long a0 = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < n; i++) {
                protectOnly();
            }
            long a1 = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < n; i++) {
                jdkEncryptOnly();
            }
            long a2 = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < n; i++) {
                jdkEncryptWithAadOnly();
            }
            long a3 = threads.getCurrentThreadAllocatedBytes();
            return new Allocation((a1 - a0) / (double) n, (a2 - a1) / (double) n, (a3 - a2) / (double) n);
        }

        private void protectOnly() throws Exception {
            plaintext.clear();
            frame.clear();
            sink += sender.protect(plaintext, frame);
        }

        private void jdkEncryptOnly() throws Exception {
            jdkInitEncrypt();
            sink += jdkEncrypt.doFinal(jdkPlain, 0, size, jdkCipher, 0);
        }

        /** The raw JDK cipher with a 3-byte AAD, the size of this bench's SFrame header. */
        private void jdkEncryptWithAadOnly() throws Exception {
            jdkInitEncrypt();
            jdkEncrypt.updateAAD(jdkIv, 0, 3);
            sink += jdkEncrypt.doFinal(jdkPlain, 0, size, jdkCipher, 0);
        }

        private void jdkInitEncrypt() throws Exception {
            long counter = ++jdkCounter;
            for (int i = 0; i < 8; i++) {
                jdkIv[4 + i] = (byte) (counter >>> (56 - 8 * i));
            }
            jdkEncrypt.init(Cipher.ENCRYPT_MODE, jdkKey, new GCMParameterSpec(128, jdkIv));
        }
    }

    private record Allocation(double protectTotal, double jdkGcm, double jdkGcmWithAad) {
    }

    private record HpkeTimes(double sealMicros, double openMicros) {
        static HpkeTimes measure() throws Exception {
            X25519KeyPair recipient = X25519KeyPair.generate();
            X25519KeyPair sender = X25519KeyPair.generate();
            X25519PublicKey senderPublic = sender.publicKey();
            byte[] info = "Sealroom bench".getBytes();
            byte[] aad = new byte[0];
            byte[] key = new byte[32];
            HpkeCiphertext sealed = Hpke.sealAuth(recipient.publicKey(), sender, info, aad, key);
            for (int i = 0; i < 2000; i++) {
                sealed = Hpke.sealAuth(recipient.publicKey(), sender, info, aad, key);
                Hpke.openAuth(recipient, senderPublic, sealed, info, aad);
            }
            double[] seal = new double[ROUNDS];
            double[] open = new double[ROUNDS];
            int batch = 5;
            for (int round = 0; round < ROUNDS; round++) {
                long t0 = THREADS.getCurrentThreadCpuTime();
                for (int i = 0; i < batch; i++) {
                    sealed = Hpke.sealAuth(recipient.publicKey(), sender, info, aad, key);
                }
                long t1 = THREADS.getCurrentThreadCpuTime();
                for (int i = 0; i < batch; i++) {
                    Hpke.openAuth(recipient, senderPublic, sealed, info, aad);
                }
                long t2 = THREADS.getCurrentThreadCpuTime();
                seal[round] = (t1 - t0) / 1e3 / batch;
                open[round] = (t2 - t1) / 1e3 / batch;
            }
            return new HpkeTimes(median(seal), median(open));
        }
    }

    /**
     * Host-side wrap of one fresh meeting key for 1,000 participants, wall clock, on all cores. Reported: the 5th
     * percentile of 21 rekeys, i.e. the time when the cores are actually free (the median, printed to stderr,
     * also counts the time other processes held them).
     */
    private static double rekeyMillis() throws Exception {
        X25519KeyPair host = X25519KeyPair.generate();
        List<X25519PublicKey> participants = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            participants.add(X25519KeyPair.generate().publicKey());
        }
        WrapContext context = new WrapContext("bench-room", new Epoch(1));
        for (int i = 0; i < 5; i++) {
            MeetingKeyWrap.wrapAll(MeetingKey.generate(), participants, host, context);
        }
        com.sun.management.OperatingSystemMXBean process =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] millis = new double[21];
        double[] cpuMillis = new double[millis.length];
        for (int i = 0; i < millis.length; i++) {
            MeetingKey key = MeetingKey.generate();
            long cpu0 = process.getProcessCpuTime();
            long t0 = System.nanoTime();
            MeetingKeyWrap.wrapAll(key, participants, host, context);
            millis[i] = (System.nanoTime() - t0) / 1e6;
            cpuMillis[i] = (process.getProcessCpuTime() - cpu0) / 1e6;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        System.err.printf("# rekey_wrap_1000: p5 %.1f ms, median %.1f ms wall over %d rekeys, %d-way parallel;"
                + " %.1f ms CPU per rekey (%.1f ms on %d free cores)%n", lowPercentile(millis), median(millis),
                millis.length, cores, median(cpuMillis), median(cpuMillis) / cores, cores);
        return lowPercentile(millis);
    }

    /** The 5th percentile: what a round costs when the machine lets it run undisturbed. */
    private static double lowPercentile(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 20];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
