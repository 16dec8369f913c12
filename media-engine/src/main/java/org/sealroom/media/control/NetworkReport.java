package org.sealroom.media.control;

/**
 * What a receiver saw of the path over the last report interval.
 *
 * @param lossFraction packets lost divided by packets expected, 0..1
 * @param rttMillis    round-trip time to the receiver
 */
public record NetworkReport(double lossFraction, double rttMillis) {
    public NetworkReport {
        if (!(lossFraction >= 0 && lossFraction <= 1)) {
            throw new IllegalArgumentException("loss fraction must be 0..1, was " + lossFraction);
        }
        if (!(rttMillis >= 0)) {
            throw new IllegalArgumentException("RTT must be non-negative, was " + rttMillis);
        }
    }
}
