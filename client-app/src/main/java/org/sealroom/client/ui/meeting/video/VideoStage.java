package org.sealroom.client.ui.meeting.video;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.ParticipantInfo;
import org.sealroom.client.session.VideoDemand;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.client.ui.Messages;

/**
 * The video area of the meeting window. It keeps one {@link VideoTile} per stream, lays them out as a grid or as one
 * large view with a filmstrip, and tells the {@link VideoFrameRouter} what each tile shows: tiles in the grid or the
 * large view want every frame, filmstrip tiles a few a second, tiles that do not fit none at all.
 */
public final class VideoStage extends Region {

    /** A grid shows at most this many tiles; the rest are summed up in an overflow tile. */
    public static final int MAX_GRID_TILES = 9;
    private static final double GAP = 8;
    private static final double ASPECT = 16.0 / 9.0;

    private final VideoFrameRouter router;
    private final Messages messages;
    private final FramePump pump = new FramePump();
    private final Map<VideoKey, VideoTile> tiles = new LinkedHashMap<>();
    private final Label overflow = new Label();
    private StageLayout layout = StageLayout.GRID;
    private VideoKey focus;
    private boolean hidden;

    public VideoStage(VideoFrameRouter router, Messages messages) {
        this.router = router;
        this.messages = messages;
        getStyleClass().add("video-stage");
        overflow.getStyleClass().add("overflow-tile");
        overflow.setVisible(false);
        getChildren().add(overflow);
    }

    /**
     * Brings the tiles in line with the roster.
     *
     * @param requested the user's layout; a shared screen switches to {@link StageLayout#SCREEN}
     */
    public void show(List<ParticipantInfo> roster, ParticipantId activeSpeaker, ParticipantId screenSharer,
            StageLayout requested) {
        Map<VideoKey, ParticipantInfo> wanted = new LinkedHashMap<>();
        roster.stream().filter(ParticipantInfo::me).forEach(p -> wanted.put(VideoKey.camera(p.id()), p));
        roster.stream().filter(p -> !p.me()).forEach(p -> wanted.put(VideoKey.camera(p.id()), p));
        if (screenSharer != null) {
            roster.stream().filter(p -> p.id().equals(screenSharer))
                    .forEach(p -> wanted.put(VideoKey.screen(p.id()), p));
        }
        for (VideoKey gone : new ArrayList<>(tiles.keySet())) {
            if (!wanted.containsKey(gone)) {
                VideoTile tile = tiles.remove(gone);
                router.detach(gone, tile);
                tile.dispose();
                getChildren().remove(tile);
            }
        }
        wanted.forEach((key, participant) -> tiles.computeIfAbsent(key, k -> newTile(k, participant)).update(participant));

        layout = screenSharer != null ? StageLayout.SCREEN : requested;
        focus = switch (layout) {
            case SCREEN -> VideoKey.screen(screenSharer);
            case SPEAKER -> activeSpeaker == null ? null : VideoKey.camera(activeSpeaker);
            case GRID -> activeSpeaker == null ? null : VideoKey.camera(activeSpeaker);
        };
        requestLayout();
    }

    private VideoTile newTile(VideoKey key, ParticipantInfo participant) {
        boolean selfView = participant.me() && key.source() == VideoFrame.Source.CAMERA;
        VideoTile tile = new VideoTile(key, selfView, pump, messages);
        getChildren().add(getChildren().size() - 1, tile);
        router.attach(key, tile);
        return tile;
    }

    /** A minimised window shows nothing, so it asks for nothing. */
    public void setHidden(boolean isHidden) {
        hidden = isHidden;
        requestLayout();
    }

    public StageLayout currentLayout() {
        return layout;
    }

    public List<VideoTile> tiles() {
        return List.copyOf(tiles.values());
    }

    public VideoTile tile(VideoKey key) {
        return tiles.get(key);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        Set<VideoKey> placed = new HashSet<>();
        overflow.setVisible(false);
        if (!hidden && width > 0 && height > 0) {
            if (layout == StageLayout.GRID || focus == null || !tiles.containsKey(focus)) {
                layoutGrid(width, height, placed);
            } else {
                layoutFocus(width, height, placed);
            }
        }
        for (VideoTile tile : tiles.values()) {
            if (!placed.contains(tile.key())) {
                tile.setVisible(false);
                router.demand(tile.key(), VideoDemand.PAUSED);
            }
        }
    }

    private void layoutGrid(double width, double height, Set<VideoKey> placed) {
        List<VideoTile> order = new ArrayList<>(tiles.values());
        int hiddenCount = 0;
        if (order.size() > MAX_GRID_TILES) {
            List<VideoTile> shown = new ArrayList<>(order.subList(0, MAX_GRID_TILES - 1));
            VideoTile focused = focus == null ? null : tiles.get(focus);
            if (focused != null && !shown.contains(focused)) {
                shown.set(shown.size() - 1, focused); // whoever speaks stays on screen
            }
            hiddenCount = order.size() - shown.size();
            order = shown;
        }
        int cells = order.size() + (hiddenCount > 0 ? 1 : 0);
        GridGeometry grid = GridGeometry.best(cells, width, height, ASPECT, GAP);
        double usedHeight = grid.rows() * grid.tileHeight() + (grid.rows() - 1) * GAP;
        double top = snappedTopInset() + (height - usedHeight) / 2;
        for (int i = 0; i < cells; i++) {
            int row = i / grid.columns();
            int column = i % grid.columns();
            int inRow = Math.min(grid.columns(), cells - row * grid.columns());
            double rowWidth = inRow * grid.tileWidth() + (inRow - 1) * GAP;
            double x = snappedLeftInset() + (width - rowWidth) / 2 + column * (grid.tileWidth() + GAP);
            double y = top + row * (grid.tileHeight() + GAP);
            if (i < order.size()) {
                place(order.get(i), x, y, grid.tileWidth(), grid.tileHeight(), VideoDemand.FULL, placed);
            } else {
                overflow.setText(messages.get("meeting.grid.more", hiddenCount));
                overflow.setVisible(true);
                overflow.resizeRelocate(x, y, grid.tileWidth(), grid.tileHeight());
            }
        }
    }

    private void layoutFocus(double width, double height, Set<VideoKey> placed) {
        List<VideoTile> strip = tiles.values().stream().filter(t -> !t.key().equals(focus)).toList();
        double stripHeight = strip.isEmpty() ? 0 : Math.max(84, Math.min(150, height * 0.2));
        double mainHeight = height - (strip.isEmpty() ? 0 : stripHeight + GAP);
        place(tiles.get(focus), snappedLeftInset(), snappedTopInset(), width, mainHeight, VideoDemand.FULL, placed);
        if (strip.isEmpty()) {
            return;
        }
        double tileWidth = stripHeight * ASPECT;
        int fits = Math.max(1, (int) ((width + GAP) / (tileWidth + GAP)));
        int count = Math.min(fits, strip.size());
        double rowWidth = count * tileWidth + (count - 1) * GAP;
        double x = snappedLeftInset() + (width - rowWidth) / 2;
        double y = snappedTopInset() + mainHeight + GAP;
        for (int i = 0; i < count; i++) {
            place(strip.get(i), x + i * (tileWidth + GAP), y, tileWidth, stripHeight, VideoDemand.THUMBNAIL, placed);
        }
    }

    private void place(VideoTile tile, double x, double y, double w, double h, VideoDemand demand, Set<VideoKey> placed) {
        Objects.requireNonNull(tile);
        tile.setVisible(true);
        tile.resizeRelocate(snap(x), snap(y), snap(w), snap(h));
        router.demand(tile.key(), demand);
        placed.add(tile.key());
    }

    private double snap(double value) {
        return snapPositionX(value);
    }

    /** Releases every tile; the window is closing. */
    public void dispose() {
        pump.dispose();
        tiles.forEach((key, tile) -> {
            router.detach(key, tile);
            tile.dispose();
        });
        tiles.clear();
        getChildren().removeIf(VideoTile.class::isInstance);
    }
}
