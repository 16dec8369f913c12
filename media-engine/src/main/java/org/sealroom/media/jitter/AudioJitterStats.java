package org.sealroom.media.jitter;

/** Counters and delays of an {@link AudioJitterBuffer}, for the UI and logs. */
public record AudioJitterStats(long inserted, long played, long concealedLost, long concealedOther,
                               long droppedLate, long droppedDuplicate, long droppedOverflow,
                               long skippedToCatchUp, long targetDelayMicros, long playoutOffsetMicros) {
}
