package org.sealroom.client.session;

import java.nio.IntBuffer;

/**
 * A decoded picture ready for display: premultiplied ARGB pixels, row-major, {@code width * height} ints. The buffer
 * belongs to the session until the next frame of the same source arrives; renderers copy it at most once.
 */
public record VideoFrame(Source source, int width, int height, IntBuffer argbPremultiplied, long frameNumber) {
    public enum Source { CAMERA, SCREEN }
}
