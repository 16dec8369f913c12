package org.sealroom.crypto.identity;

/**
 * Argon2id cost parameters (RFC 9106) for turning a passphrase into the key-file encryption key. They are stored
 * in the file, so a file always opens with the parameters it was written with.
 *
 * @param memoryKiB memory in KiB, at least 8 per lane
 * @param iterations passes over memory
 * @param parallelism lanes
 */
public record KeyFileParameters(int memoryKiB, int iterations, int parallelism) {

    /**
     * The second recommended option of RFC 9106 section 4: Argon2id, t = 3, p = 4, m = 64 MiB. About half a
     * second on a laptop per unlock; expensive enough that guessing a passphrase costs real hardware.
     */
    public static final KeyFileParameters RECOMMENDED = new KeyFileParameters(64 * 1024, 3, 4);

    /** Ceilings a file may ask for: a hostile file must not make loading hang or exhaust memory. */
    public static final int MAX_MEMORY_KIB = 256 * 1024;
    public static final int MAX_ITERATIONS = 10;
    public static final int MAX_PARALLELISM = 16;

    public KeyFileParameters {
        String problem = problem(memoryKiB, iterations, parallelism);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Why these values are unacceptable, or {@code null} if they are fine. */
    static String problem(long memoryKiB, long iterations, long parallelism) {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            return "Argon2 parallelism must be in [1, " + MAX_PARALLELISM + "]: " + parallelism;
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            return "Argon2 iterations must be in [1, " + MAX_ITERATIONS + "]: " + iterations;
        }
        if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
            return "Argon2 memory must be in [8 * parallelism, " + MAX_MEMORY_KIB + "] KiB: " + memoryKiB;
        }
        return null;
    }
}
