package org.sealroom.client.ui.meeting.video;

import javafx.animation.PauseTransition;
import javafx.util.Duration;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sealroom.client.session.IdentityState;
import org.sealroom.client.session.ParticipantInfo;
import org.sealroom.client.session.Role;
import org.sealroom.client.session.VideoDemand;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.client.ui.Messages;

/**
 * One participant's camera or shared screen: the video (cropped to fill for cameras, whole for screens), or initials
 * when the camera is off; a name tag with mute, host and identity marks; a ring while the person speaks.
 */
public final class VideoTile extends StackPane implements FrameSink {

    /** Matches {@code .tile-corner} in sealroom.css. */
    private static final double CORNER_RADIUS = 8;

    private final VideoKey key;
    private final Messages messages;
    private final FrameSlots slots = new FrameSlots();
    private final FramePump pump;
    private final ImageView video = new ImageView();
    private final StackPane avatar = new StackPane();
    private final Label initials = new Label();
    private final Label name = new Label();
    private final FontIcon micOff = new FontIcon("mdrmz-mic_off");
    private final FontIcon hostMark = new FontIcon("mdrmz-star");
    private final FontIcon identityWarning = new FontIcon("mdrmz-warning");
    private final FontIcon verifiedMark = new FontIcon("mdrmz-verified_user");
    private final FontIcon hand = new FontIcon("mdrmz-pan_tool");
    private final Label reaction = new Label();
    private final PauseTransition reactionTimer = new PauseTransition(Duration.seconds(3));
    private final Region speakingRing = new Region();
    private final Rectangle clip = new Rectangle();
    private final Region[] corners = new Region[4];
    private boolean cameraOn;

    VideoTile(VideoKey key, boolean mirrored, FramePump pump, Messages messages) {
        this.key = key;
        this.pump = pump;
        this.messages = messages;
        getStyleClass().addAll("video-tile", key.source() == VideoFrame.Source.SCREEN ? "screen-tile" : "camera-tile");
        video.setSmooth(true);
        video.setManaged(false);
        if (mirrored) {
            video.setScaleX(-1); // a self view behaves like a mirror
        }
        avatar.getStyleClass().add("avatar");
        initials.getStyleClass().add("avatar-initials");
        avatar.getChildren().add(initials);
        avatar.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        micOff.getStyleClass().add("tile-mic-off");
        hostMark.getStyleClass().add("tile-host");
        identityWarning.getStyleClass().add("tile-identity-warning");
        verifiedMark.getStyleClass().add("tile-verified");
        name.getStyleClass().add("tile-name");
        HBox nameTag = new HBox(6, micOff, name, hostMark, verifiedMark, identityWarning);
        nameTag.getStyleClass().add("name-tag");
        nameTag.setAlignment(Pos.CENTER_LEFT);
        nameTag.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(nameTag, Pos.BOTTOM_LEFT);
        StackPane.setMargin(nameTag, new Insets(8));

        hand.getStyleClass().add("tile-hand");
        StackPane.setAlignment(hand, Pos.TOP_LEFT);
        StackPane.setMargin(hand, new Insets(10));

        reaction.getStyleClass().add("tile-reaction");
        reaction.setVisible(false);
        reaction.setMouseTransparent(true);
        StackPane.setAlignment(reaction, Pos.TOP_RIGHT);
        StackPane.setMargin(reaction, new Insets(8));
        reactionTimer.setOnFinished(event -> reaction.setVisible(false));

        speakingRing.getStyleClass().add("speaking-ring");
        speakingRing.setMouseTransparent(true);

        getChildren().addAll(video, avatar);
        for (int i = 0; i < corners.length; i++) {
            corners[i] = new Region();
            corners[i].getStyleClass().add("tile-corner");
            corners[i].setManaged(false);
            corners[i].setMouseTransparent(true);
            corners[i].setRotate(90 * i);
            getChildren().add(corners[i]);
        }
        getChildren().addAll(nameTag, hand, reaction, speakingRing);
        setClip(clip);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        pump.add(this);
    }

    public VideoKey key() {
        return key;
    }

    /** Shows the latest roster facts about this person. */
    void update(ParticipantInfo participant) {
        boolean screen = key.source() == VideoFrame.Source.SCREEN;
        String displayName = participant.me() ? messages.get("meeting.tile.you", participant.displayName())
                : participant.displayName();
        name.setText(screen ? messages.get("meeting.tile.screen", participant.displayName()) : displayName);
        initials.setText(Avatars.initials(participant.displayName()));
        avatar.getStyleClass().removeIf(style -> style.startsWith("avatar-"));
        avatar.getStyleClass().add(Avatars.colourClass(participant.displayName()));
        cameraOn = screen ? participant.sharingScreen() : participant.cameraOn();
        video.setVisible(cameraOn && video.getImage() != null);
        avatar.setVisible(!video.isVisible());
        setShown(micOff, !screen && !participant.microphoneOn());
        setShown(hostMark, !screen && participant.role() != Role.MEMBER);
        setShown(verifiedMark, !screen && participant.identity() == IdentityState.VERIFIED);
        setShown(identityWarning, participant.identity() == IdentityState.KEY_CHANGED);
        setShown(hand, !screen && participant.handRaised());
        pseudoClassStateChanged(SPEAKING, !screen && participant.speaking());
        setAccessibleText(describe(participant, name.getText()));
    }

    /** Shows a reaction on this tile for a few seconds; {@code spoken} is what a screen reader says. */
    public void showReaction(String emoji, String spoken) {
        reaction.setText(emoji);
        reaction.setAccessibleText(spoken);
        reaction.setVisible(true);
        reactionTimer.playFromStart();
    }

    /** The reaction on show, if any. */
    public java.util.Optional<String> shownReaction() {
        return reaction.isVisible() ? java.util.Optional.of(reaction.getText()) : java.util.Optional.empty();
    }

    private String describe(ParticipantInfo participant, String shownName) {
        StringBuilder text = new StringBuilder(shownName);
        if (key.source() == VideoFrame.Source.CAMERA) {
            text.append(", ").append(messages.get(participant.microphoneOn() ? "meeting.tile.micOn" : "meeting.tile.micOff"));
            text.append(", ").append(messages.get(participant.cameraOn() ? "meeting.tile.cameraOn" : "meeting.tile.cameraOff"));
            if (participant.speaking()) {
                text.append(", ").append(messages.get("meeting.tile.speaking"));
            }
        }
        return text.toString();
    }

    private static void setShown(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    // Session thread.
    @Override
    public void offer(VideoFrame frame) {
        slots.offer(frame);
        pump.wake();
    }

    @Override
    public void setDemand(VideoDemand demand) {
        slots.setDemand(demand);
    }

    public VideoDemand demand() {
        return slots.demand();
    }

    /** UI thread, once per pulse; true when there was something to do. */
    boolean pulse() {
        boolean pending = slots.busy();
        WritableImage image = slots.pulse();
        if (image != null) {
            if (video.getImage() != image) {
                video.setImage(image);
                requestLayout();
            }
            if (cameraOn && !video.isVisible()) {
                video.setVisible(true);
                avatar.setVisible(false);
            }
        }
        return pending;
    }

    boolean hasPendingWork() {
        return slots.busy();
    }

    public FrameSlots slots() {
        return slots;
    }

    /** Where the picture lies within this tile, while one is shown (remote control maps pointer positions to it). */
    public java.util.Optional<javafx.geometry.Bounds> pictureBounds() {
        return video.isVisible() && video.getImage() != null ? java.util.Optional.of(video.getBoundsInParent())
                : java.util.Optional.empty();
    }

    /** The picture currently on screen, or null (tests and screenshots look at it). */
    public Image shownImage() {
        return video.isVisible() ? video.getImage() : null;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double width = getWidth();
        double height = getHeight();
        // A rectangular clip and four small corner pieces, not a rounded clip: the software pipeline renders a
        // rounded clip through an offscreen mask on every frame, which halved the frame rate of a 3x3 grid.
        clip.setWidth(width);
        clip.setHeight(height);
        double r = CORNER_RADIUS;
        double[][] at = {{0, 0}, {width - r, 0}, {width - r, height - r}, {0, height - r}};
        for (int i = 0; i < corners.length; i++) {
            corners[i].resizeRelocate(at[i][0], at[i][1], r, r);
        }
        speakingRing.resizeRelocate(0, 0, width, height);
        double size = Math.max(36, Math.min(width, height) * 0.34);
        avatar.setPrefSize(size, size);
        initials.setStyle("-fx-font-size: " + Math.round(size * 0.38) + "px;");
        layoutVideo(width, height);
    }

    private void layoutVideo(double width, double height) {
        Image image = video.getImage();
        if (image == null || width <= 0 || height <= 0) {
            return;
        }
        double imageWidth = image.getWidth();
        double imageHeight = image.getHeight();
        if (key.source() == VideoFrame.Source.CAMERA) {
            // Cover: crop the picture to the tile's shape, as people expect of camera tiles.
            double scale = Math.max(width / imageWidth, height / imageHeight);
            double viewWidth = width / scale;
            double viewHeight = height / scale;
            video.setViewport(new Rectangle2D((imageWidth - viewWidth) / 2, (imageHeight - viewHeight) / 2,
                    viewWidth, viewHeight));
            video.setPreserveRatio(false);
            video.setFitWidth(width);
            video.setFitHeight(height);
            video.relocate(0, 0);
        } else {
            // Contain: a shared screen must be seen whole.
            video.setViewport(null);
            video.setPreserveRatio(true);
            double scale = Math.min(width / imageWidth, height / imageHeight);
            video.setFitWidth(imageWidth * scale);
            video.setFitHeight(imageHeight * scale);
            video.relocate((width - imageWidth * scale) / 2, (height - imageHeight * scale) / 2);
        }
    }

    void dispose() {
        pump.remove(this);
    }

    private static final javafx.css.PseudoClass SPEAKING = javafx.css.PseudoClass.getPseudoClass("speaking");
}
