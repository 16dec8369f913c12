package org.sealroom.client.ui.meeting;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sealroom.client.session.ShareSource;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.client.ui.FxBind;
import org.sealroom.client.ui.Messages;

/** Picks a screen or window to share, showing a thumbnail of each. */
final class SharePickerDialog {

    private SharePickerDialog() {}

    static void show(Node owner, SharePickerViewModel viewModel, Messages messages) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("share.title"));
        dialog.setHeaderText(messages.get("share.header"));
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        ButtonType share = new ButtonType(messages.get("share.start"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(share,
                new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(share).disableProperty().bind(viewModel.selectedProperty().isNull());

        FlowPane choices = new FlowPane(12, 12);
        choices.setPrefWrapLength(620);
        ToggleGroup group = new ToggleGroup();
        viewModel.sources().addListener((ListChangeListener<ShareSource>) change -> {
            choices.getChildren().setAll(viewModel.sources().stream().map(s -> choice(s, group, viewModel)).toList());
        });
        ProgressIndicator loading = new ProgressIndicator();
        FxBind.showWhen(loading, viewModel.loadingProperty());
        Label error = new Label();
        error.getStyleClass().add("field-error");
        FxBind.showWhen(error, viewModel.errorProperty().isNotEmpty());
        error.textProperty().bind(viewModel.errorProperty());
        ScrollPane scroll = new ScrollPane(choices);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(360);
        dialog.getDialogPane().setContent(new VBox(12, loading, error, scroll));
        dialog.getDialogPane().setPrefWidth(680);
        viewModel.load();
        dialog.showAndWait().filter(share::equals).ifPresent(button -> viewModel.share());
    }

    private static Node choice(ShareSource source, ToggleGroup group, SharePickerViewModel viewModel) {
        Node picture = source.thumbnail().<Node>map(SharePickerDialog::thumbnail).orElseGet(() -> {
            FontIcon icon = new FontIcon(source.kind() == ShareSource.Kind.SCREEN ? "mdral-desktop_windows" : "mdrmz-web_asset");
            icon.setIconSize(40);
            return icon;
        });
        StackPane frame = new StackPane(picture);
        frame.getStyleClass().add("share-thumbnail");
        frame.setPrefSize(180, 112);
        Label title = new Label(source.title());
        title.setMaxWidth(180);
        VBox content = new VBox(6, frame, title);
        content.setAlignment(Pos.CENTER);
        ToggleButton button = new ToggleButton(null, content);
        button.getStyleClass().add("share-choice");
        button.setToggleGroup(group);
        button.setAccessibleText(source.title());
        button.setSelected(source.equals(viewModel.selectedProperty().get()));
        button.selectedProperty().addListener((o, was, is) -> {
            if (is) viewModel.selectedProperty().set(source);
        });
        return button;
    }

    private static Node thumbnail(VideoFrame frame) {
        WritableImage image = new WritableImage(frame.width(), frame.height());
        image.getPixelWriter().setPixels(0, 0, frame.width(), frame.height(), PixelFormat.getIntArgbPreInstance(),
                frame.argbPremultiplied().duplicate(), frame.width());
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setFitWidth(176);
        view.setFitHeight(108);
        return view;
    }
}
