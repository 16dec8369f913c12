package org.sealroom.media.device;

import java.nio.ByteBuffer;

import dev.onvoid.webrtc.media.video.I420Buffer;
import dev.onvoid.webrtc.media.video.VideoFrame;
import org.sealroom.media.codec.I420Frame;

/** Copies webrtc-java pictures into engine-owned {@link I420Frame}s, releasing the native buffer it retained. */
final class WebrtcFrames {
    private WebrtcFrames() {
    }

    static I420Frame copy(VideoFrame frame, long timestampMicros) {
        I420Buffer buffer = frame.buffer.toI420();
        try {
            int w = buffer.getWidth();
            int h = buffer.getHeight();
            int cw = I420Frame.chromaWidth(w);
            int ch = I420Frame.chromaHeight(h);
            return new I420Frame(w, h, plane(buffer.getDataY(), buffer.getStrideY(), w, h),
                    plane(buffer.getDataU(), buffer.getStrideU(), cw, ch),
                    plane(buffer.getDataV(), buffer.getStrideV(), cw, ch), timestampMicros);
        } finally {
            buffer.release();
        }
    }

    private static byte[] plane(ByteBuffer data, int stride, int width, int height) {
        byte[] out = new byte[width * height];
        for (int row = 0; row < height; row++) {
            data.get(row * stride, out, row * width, width);
        }
        return out;
    }
}
