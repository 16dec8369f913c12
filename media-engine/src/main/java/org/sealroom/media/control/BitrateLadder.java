package org.sealroom.media.control;

import java.util.List;

/**
 * Chooses a video rung from receiver reports: one step down as soon as the path shows congestion (loss above
 * {@value #STEP_DOWN_LOSS} or RTT {@value #STEP_DOWN_RTT_RISE_MS} ms above the best seen), one step up after
 * {@value #GOOD_REPORTS_TO_STEP_UP} clean reports in a row (loss below {@value #CLEAN_LOSS}, RTT within
 * {@value #CLEAN_RTT_RISE_MS} ms of the best). Anything between holds the rung and restarts the count.
 */
public final class BitrateLadder {
    static final double STEP_DOWN_LOSS = 0.10;
    static final double STEP_DOWN_RTT_RISE_MS = 100;
    static final double CLEAN_LOSS = 0.02;
    static final double CLEAN_RTT_RISE_MS = 30;
    static final int GOOD_REPORTS_TO_STEP_UP = 5;

    private final List<BitrateRung> rungs;
    private int index;
    private int goodInARow;
    private double bestRtt = Double.MAX_VALUE;

    /** {@code rungs} from best to worst; starts at {@code startIndex}. */
    public BitrateLadder(List<BitrateRung> rungs, int startIndex) {
        if (rungs.isEmpty() || startIndex < 0 || startIndex >= rungs.size()) {
            throw new IllegalArgumentException("need rungs and a start index within them");
        }
        this.rungs = List.copyOf(rungs);
        this.index = startIndex;
    }

    /** Camera: 960x540 down to 320x180, starting at 640x360 30 fps 600 kbit/s. */
    public static BitrateLadder camera() {
        return new BitrateLadder(List.of(
                new BitrateRung(960, 540, 30, 1000),
                new BitrateRung(640, 360, 30, 600),
                new BitrateRung(640, 360, 20, 350),
                new BitrateRung(480, 270, 15, 200),
                new BitrateRung(320, 180, 15, 100)), 1);
    }

    /** Screen share: full HD at 5 fps, stepping down in bitrate and then size. */
    public static BitrateLadder screenShare() {
        return new BitrateLadder(List.of(
                new BitrateRung(1920, 1080, 5, 2500),
                new BitrateRung(1920, 1080, 5, 1500),
                new BitrateRung(1280, 720, 5, 800),
                new BitrateRung(1280, 720, 3, 400)), 0);
    }

    /** Takes one report and returns the rung to use from now on. */
    public synchronized BitrateRung onReport(NetworkReport report) {
        bestRtt = Math.min(bestRtt, report.rttMillis());
        double rttRise = report.rttMillis() - bestRtt;
        if (report.lossFraction() > STEP_DOWN_LOSS || rttRise > STEP_DOWN_RTT_RISE_MS) {
            goodInARow = 0;
            index = Math.min(index + 1, rungs.size() - 1);
        } else if (report.lossFraction() < CLEAN_LOSS && rttRise <= CLEAN_RTT_RISE_MS) {
            if (++goodInARow >= GOOD_REPORTS_TO_STEP_UP) {
                goodInARow = 0;
                index = Math.max(index - 1, 0);
            }
        } else {
            goodInARow = 0;
        }
        return rungs.get(index);
    }

    public synchronized BitrateRung current() {
        return rungs.get(index);
    }
}
