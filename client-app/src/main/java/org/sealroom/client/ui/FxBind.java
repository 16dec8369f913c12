package org.sealroom.client.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small binding helpers the views share. */
public final class FxBind {

    private FxBind() {}

    /** Shows {@code node} (and gives it layout space) only while {@code condition} holds. */
    public static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /** Shows {@code onLiteral} while {@code on} holds, else {@code offLiteral} (ikonli icon literals). */
    public static void iconWhen(FontIcon icon, ObservableBooleanValue on, String onLiteral, String offLiteral) {
        icon.setIconLiteral(on.get() ? onLiteral : offLiteral);
        on.addListener((o, was, is) -> icon.setIconLiteral(is ? onLiteral : offLiteral));
    }

    /** Shows {@code box} while {@code text} is not empty, with the text in {@code label}. */
    public static void showText(Node box, Labeled label, ObservableStringValue text) {
        label.textProperty().bind(text);
        showWhen(box, javafx.beans.binding.Bindings.isNotEmpty(text));
    }
}
