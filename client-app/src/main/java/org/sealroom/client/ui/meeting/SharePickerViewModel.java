package org.sealroom.client.ui.meeting;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sealroom.client.session.ScreenSharing;
import org.sealroom.client.session.ShareSource;
import org.sealroom.client.ui.BackgroundTask;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.UiExecutors;
import org.sealroom.client.ui.UserFacingErrors;

/** The screen-share picker: the screens and windows on offer (loaded off the UI thread), and the choice. */
public final class SharePickerViewModel {

    private final ScreenSharing sharing;
    private final UiExecutors executors;
    private final Messages messages;
    private final ObservableList<ShareSource> sources = FXCollections.observableArrayList();
    private final ObjectProperty<ShareSource> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public SharePickerViewModel(ScreenSharing sharing, UiExecutors executors, Messages messages) {
        this.sharing = sharing;
        this.executors = executors;
        this.messages = messages;
    }

    public void load() {
        loading.set(true);
        error.set("");
        BackgroundTask.run(executors, sharing::shareSources, list -> {
            loading.set(false);
            sources.setAll(list);
            if (!list.isEmpty()) {
                selected.set(list.getFirst());
            }
        }, failure -> {
            loading.set(false);
            error.set(UserFacingErrors.describe(failure, messages));
        });
    }

    /** Starts sharing the chosen source; false when nothing is chosen. */
    public boolean share() {
        ShareSource source = selected.get();
        if (source == null) {
            return false;
        }
        sharing.startScreenShare(source.id());
        return true;
    }

    public ObservableList<ShareSource> sources() { return sources; }

    public ObjectProperty<ShareSource> selectedProperty() { return selected; }

    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
}
