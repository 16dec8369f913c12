package org.sealroom.media.video;

/**
 * What the test pattern writes into each picture so a receiver can measure on what it decodes.
 *
 * @param frameNumber   counts pictures from 0 at the sender (32 bits are written)
 * @param captureMicros capture time on the sender's media clock
 */
public record FrameStamp(int frameNumber, long captureMicros) {
}
