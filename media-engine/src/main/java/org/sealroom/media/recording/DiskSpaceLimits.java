package org.sealroom.media.recording;

/**
 * When free disk space matters to a recording.
 *
 * @param refuseBelow a recording does not start with less free space than this
 * @param warnBelow   below this the user is warned (once each time it is crossed), while there is still time to act
 * @param stopBelow   below this the recording stops and its file is finished properly, before the disk is full
 */
public record DiskSpaceLimits(long refuseBelow, long warnBelow, long stopBelow) {
    public DiskSpaceLimits {
        if (stopBelow < 0 || refuseBelow < stopBelow || warnBelow < refuseBelow) {
            throw new IllegalArgumentException("need 0 <= stopBelow <= refuseBelow <= warnBelow, had " + stopBelow
                    + ", " + refuseBelow + ", " + warnBelow);
        }
    }

    /** Refuse below 200 MB, warn below 1 GB (over an hour of recording), stop below 50 MB. */
    public static DiskSpaceLimits defaults() {
        long mb = 1024L * 1024;
        return new DiskSpaceLimits(200 * mb, 1024 * mb, 50 * mb);
    }
}
