package org.sealroom.media.jitter;

/**
 * Counters and delays of an {@link AudioJitterBuffer}, for the UI and logs. {@code recovered}: frames played from the
 * next packet's redundant copy because their own packet was lost or late.
 */
public record AudioJitterStats(long inserted, long recovered, long played, long concealedLost, long concealedOther,
                               long droppedLate, long droppedDuplicate, long droppedOverflow,
                               long skippedToCatchUp, long targetDelayMicros, long playoutOffsetMicros) {
}
