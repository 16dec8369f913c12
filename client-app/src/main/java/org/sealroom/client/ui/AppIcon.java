package org.sealroom.client.ui;

import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;

/** The app's icon, drawn from the same lock glyph as the brand mark, at any size. */
public final class AppIcon {

    private AppIcon() {}

    public static StackPane node(double size) {
        Rectangle tile = new Rectangle(size, size);
        tile.setArcWidth(size * 0.45);
        tile.setArcHeight(size * 0.45);
        tile.setFill(new LinearGradient(0, 0, 1, 1, true, CycleMethod.NO_CYCLE,
                new Stop(0, Color.web("#3b82f6")), new Stop(1, Color.web("#1d4ed8"))));
        FontIcon lock = new FontIcon("mdral-lock");
        lock.setIconSize((int) Math.round(size * 0.58));
        lock.setIconColor(Color.WHITE);
        StackPane icon = new StackPane(tile, lock);
        icon.setStyle("-fx-background-color: transparent;");
        return icon;
    }

    /** UI thread. */
    public static Image image(double size) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        return node(size).snapshot(parameters, null);
    }
}
