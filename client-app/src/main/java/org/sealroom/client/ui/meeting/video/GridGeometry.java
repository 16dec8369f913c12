package org.sealroom.client.ui.meeting.video;

/**
 * Picks the column count that makes {@code count} tiles of a fixed aspect ratio as large as possible in a given area,
 * the way meeting grids do (2 people side by side, 4 in a square, 9 in three rows on a wide window).
 */
public record GridGeometry(int columns, int rows, double tileWidth, double tileHeight) {

    public static GridGeometry best(int count, double width, double height, double aspect, double gap) {
        if (count <= 0 || width <= 0 || height <= 0) {
            return new GridGeometry(0, 0, 0, 0);
        }
        GridGeometry best = null;
        for (int columns = 1; columns <= count; columns++) {
            int rows = (count + columns - 1) / columns;
            double cellWidth = (width - gap * (columns - 1)) / columns;
            double cellHeight = (height - gap * (rows - 1)) / rows;
            if (cellWidth <= 0 || cellHeight <= 0) {
                continue;
            }
            double tileWidth = Math.min(cellWidth, cellHeight * aspect);
            double tileHeight = tileWidth / aspect;
            if (best == null || tileWidth > best.tileWidth) {
                best = new GridGeometry(columns, rows, tileWidth, tileHeight);
            }
        }
        return best == null ? new GridGeometry(0, 0, 0, 0) : best;
    }
}
