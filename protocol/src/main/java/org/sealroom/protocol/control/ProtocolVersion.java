package org.sealroom.protocol.control;

/**
 * The relay control protocol versions this build speaks, and the negotiation in the hello exchange: the highest
 * version both sides speak wins; without one, both sides show a message a person can act on.
 */
public final class ProtocolVersion {
    public static final int MIN_SUPPORTED = 1;
    public static final int MAX_SUPPORTED = 1;

    private ProtocolVersion() {
    }

    /** The version to speak with a peer that speaks {@code [peerMin, peerMax]}, or -1 if there is none. */
    public static int negotiate(int peerMin, int peerMax) {
        int version = Math.min(MAX_SUPPORTED, peerMax);
        return version >= Math.max(MIN_SUPPORTED, peerMin) ? version : -1;
    }

    /** The text the relay sends (and the client shows) when {@link #negotiate} finds no common version. */
    public static String mismatchMessage(int clientMin, int clientMax) {
        String advice = clientMax < MIN_SUPPORTED
                ? "Your Sealroom app is older than this relay supports: please update the app."
                : "This relay is older than your Sealroom app: ask the relay's operator to update it, "
                        + "or use an app version that speaks protocol " + range(MIN_SUPPORTED, MAX_SUPPORTED) + ".";
        return "Version mismatch: the relay speaks protocol " + range(MIN_SUPPORTED, MAX_SUPPORTED)
                + ", the app speaks " + range(clientMin, clientMax) + ". " + advice;
    }

    private static String range(int min, int max) {
        return min == max ? "version " + min : "versions " + min + " to " + max;
    }
}
