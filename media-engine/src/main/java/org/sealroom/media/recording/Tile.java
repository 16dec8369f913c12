package org.sealroom.media.recording;

import java.util.ArrayList;
import java.util.List;

/** A rectangle of the recorded picture, with even position and size so that 4:2:0 chroma lines up. */
record Tile(int x, int y, int width, int height) {
    Tile {
        if (x % 2 != 0 || y % 2 != 0 || width % 2 != 0 || height % 2 != 0 || width < 2 || height < 2) {
            throw new IllegalArgumentException("tiles must be even and non-empty: " + x + "," + y + " " + width + "x"
                    + height);
        }
    }

    /** {@code count} equal tiles in rows, as square as the picture allows (1, 2x1, 2x2, 3x2, 3x3 ...). */
    static List<Tile> grid(int count, int width, int height) {
        if (count < 1) {
            throw new IllegalArgumentException("a grid needs at least one tile");
        }
        int columns = (int) Math.ceil(Math.sqrt(count));
        int rows = (count + columns - 1) / columns;
        int tileW = even(width / columns);
        int tileH = even(height / rows);
        List<Tile> tiles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int row = i / columns;
            int inRow = Math.min(columns, count - row * columns);
            int left = even((width - inRow * tileW) / 2); // a short last row is centred
            int top = even((height - rows * tileH) / 2);
            tiles.add(new Tile(left + (i % columns) * tileW, top + row * tileH, tileW, tileH));
        }
        return tiles;
    }

    /** The largest even-sized rectangle of {@code aspectW:aspectH} centred in this tile. */
    Tile fit(int aspectW, int aspectH) {
        int w = width;
        int h = (int) ((long) width * aspectH / aspectW);
        if (h > height) {
            h = height;
            w = (int) ((long) height * aspectW / aspectH);
        }
        w = Math.max(2, even(w));
        h = Math.max(2, even(h));
        return new Tile(x + even((width - w) / 2), y + even((height - h) / 2), w, h);
    }

    private static int even(int value) {
        return value & ~1;
    }
}
