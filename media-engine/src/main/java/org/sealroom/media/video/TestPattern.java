package org.sealroom.media.video;

import org.sealroom.media.codec.I420Frame;

/**
 * Synthetic camera: smooth moving colour waves and a bouncing box, with a {@link FrameStamp} grid on top. The picture
 * is a pure function of size and stamp, defined on coordinates relative to the picture, so a receiver can render what
 * it should have got and measure PSNR against what it decoded.
 */
public final class TestPattern {
    private TestPattern() {
    }

    public static I420Frame render(int width, int height, FrameStamp stamp) {
        I420Frame picture = I420Frame.blank(width, height, stamp.captureMicros());
        int n = stamp.frameNumber();
        double[] colWave = new double[width];
        double[] rowWave = new double[height];
        for (int x = 0; x < width; x++) {
            colWave[x] = Math.sin(2 * Math.PI * (2.0 * x / width + n / 90.0));
        }
        for (int y = 0; y < height; y++) {
            rowWave[y] = Math.sin(2 * Math.PI * (1.5 * y / height - n / 120.0));
        }
        double boxCentreX = width * (0.5 + 0.35 * Math.sin(2 * Math.PI * n / 60.0));
        double boxCentreY = height * 0.68;
        double boxHalf = height * 0.12;
        for (int y = 0; y < height; y++) {
            boolean boxRow = Math.abs(y + 0.5 - boxCentreY) < boxHalf;
            for (int x = 0; x < width; x++) {
                boolean box = boxRow && Math.abs(x + 0.5 - boxCentreX) < boxHalf;
                double level = box ? 1 : 0.5 + 0.25 * colWave[x] + 0.25 * rowWave[y];
                picture.y()[y * width + x] = (byte) Math.round(16 + 219 * level);
            }
        }
        int cw = I420Frame.chromaWidth(width);
        int ch = I420Frame.chromaHeight(height);
        for (int y = 0; y < ch; y++) {
            double v = 128 + 60 * Math.cos(2 * Math.PI * ((double) y / ch + n / 200.0));
            for (int x = 0; x < cw; x++) {
                picture.u()[y * cw + x] = (byte) Math.round(128 + 60 * Math.sin(2 * Math.PI * ((double) x / cw
                        + n / 150.0)));
                picture.v()[y * cw + x] = (byte) Math.round(v);
            }
        }
        FrameStampCodec.write(stamp, picture);
        return picture;
    }
}
