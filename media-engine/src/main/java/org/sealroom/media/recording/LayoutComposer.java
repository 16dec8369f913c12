package org.sealroom.media.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sealroom.media.codec.FrameScaler;
import org.sealroom.media.codec.I420Frame;

/**
 * Draws one recorded picture: everyone's camera in a grid, or a shared screen over the whole picture while one is
 * shared, each with its name caption. A seat without a picture (camera off, nothing received yet) is a dark tile with
 * the name. Pictures keep their aspect ratio (letterboxed into their tile).
 */
final class LayoutComposer implements AutoCloseable {
    private static final byte BACKGROUND = 16;
    private static final byte EMPTY_SEAT = 40;
    private static final byte NEUTRAL_CHROMA = (byte) 128;

    private final int width;
    private final int height;
    /**
     * One scaler per place in the layout (a shared screen fills place 0 alone): a scaler rebuilds its native state whenever the size
     * changes, so sharing one between tiles of different sizes would rebuild it for every tile of every frame.
     */
    private final List<FrameScaler> scalers = new ArrayList<>();
    private final CaptionPainter captions = new CaptionPainter();
    /** One canvas, drawn anew each time: a 1280x720 picture per frame would be 1.4 MB of garbage 15 times a second. */
    private final I420Frame reused;

    /** Who is drawn in one place: a caption and the latest picture, if there is one. */
    record Seat(String caption, Optional<I420Frame> picture) {
    }

    LayoutComposer(int width, int height) {
        this.width = width;
        this.height = height;
        this.reused = I420Frame.blank(width, height, 0);
    }

    /** The layout at {@code timestampMicros}; the picture is reused, so it is valid until the next call. */
    I420Frame compose(List<Seat> cameras, Optional<Seat> screen, long timestampMicros) {
        fill(reused, new Tile(0, 0, width, height), BACKGROUND);
        java.util.Arrays.fill(reused.u(), NEUTRAL_CHROMA);
        java.util.Arrays.fill(reused.v(), NEUTRAL_CHROMA);
        if (screen.isPresent()) {
            draw(reused, new Tile(0, 0, width, height), screen.get(), scaler(0));
        } else if (!cameras.isEmpty()) {
            List<Tile> tiles = Tile.grid(cameras.size(), width, height);
            for (int i = 0; i < cameras.size(); i++) {
                draw(reused, tiles.get(i), cameras.get(i), scaler(i));
            }
        }
        return reused.withTimestamp(timestampMicros);
    }

    private FrameScaler scaler(int place) {
        while (scalers.size() <= place) {
            scalers.add(new FrameScaler());
        }
        return scalers.get(place);
    }

    private void draw(I420Frame canvas, Tile tile, Seat seat, FrameScaler scaler) {
        if (seat.picture().isPresent()) {
            I420Frame picture = seat.picture().get();
            Tile area = tile.fit(picture.width(), picture.height());
            blit(canvas, area, scaler.scale(picture, area.width(), area.height()));
        } else {
            fill(canvas, tile.fit(16, 9), EMPTY_SEAT);
        }
        captions.draw(canvas, tile, seat.caption());
    }

    private static void blit(I420Frame canvas, Tile at, I420Frame picture) {
        copyPlane(picture.y(), picture.width(), picture.height(), canvas.y(), canvas.width(), at.x(), at.y());
        int cw = I420Frame.chromaWidth(picture.width());
        int ch = I420Frame.chromaHeight(picture.height());
        int canvasCw = I420Frame.chromaWidth(canvas.width());
        copyPlane(picture.u(), cw, ch, canvas.u(), canvasCw, at.x() / 2, at.y() / 2);
        copyPlane(picture.v(), cw, ch, canvas.v(), canvasCw, at.x() / 2, at.y() / 2);
    }

    private static void copyPlane(byte[] src, int srcW, int srcH, byte[] dst, int dstW, int x, int y) {
        for (int row = 0; row < srcH; row++) {
            System.arraycopy(src, row * srcW, dst, (y + row) * dstW + x, srcW);
        }
    }

    private static void fill(I420Frame canvas, Tile area, byte luma) {
        for (int row = area.y(); row < area.y() + area.height(); row++) {
            java.util.Arrays.fill(canvas.y(), row * canvas.width() + area.x(),
                    row * canvas.width() + area.x() + area.width(), luma);
        }
    }

    @Override
    public void close() {
        scalers.forEach(FrameScaler::close);
        scalers.clear();
    }
}
