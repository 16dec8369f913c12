package org.sealroom.media.jitter;

/** Counters and delays of a {@link VideoJitterBuffer}. */
public record VideoJitterStats(long inserted, long released, long droppedLate, long droppedDuplicate,
                               long droppedOverflow, long targetDelayMicros) {
}
