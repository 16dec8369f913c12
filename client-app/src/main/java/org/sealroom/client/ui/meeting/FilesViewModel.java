package org.sealroom.client.ui.meeting;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sealroom.client.session.FileTransferId;
import org.sealroom.client.session.FileTransferView;
import org.sealroom.client.session.MeetingSession;
import org.sealroom.client.session.SessionException;

/** The files panel's state: transfers in both directions, whom to send to, where files are saved. */
public final class FilesViewModel {

    private final MeetingSession session;
    private final ObservableList<FileTransferView> transfers = FXCollections.observableArrayList();
    private final ObservableList<ChatRecipient> recipients;
    private final ObjectProperty<ChatRecipient> recipient = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Path> downloadDirectory = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private Consumer<Path> directoryChosen = directory -> { };

    FilesViewModel(MeetingSession session, ObservableList<ChatRecipient> recipients) {
        this.session = session;
        this.recipients = recipients;
        recipient.set(recipients.getFirst());
        downloadDirectory.set(session.files().downloadDirectory());
        refresh();
    }

    void refresh() {
        transfers.setAll(session.files().all());
    }

    public void send(Path file) {
        try {
            ChatRecipient to = recipient.get() == null ? recipients.getFirst() : recipient.get();
            session.files().send(file, to.participant());
            problem.set("");
        } catch (SessionException e) {
            problem.set(e.getMessage());
        }
    }

    public void accept(FileTransferId id) {
        session.files().accept(id);
    }

    public void decline(FileTransferId id) {
        session.files().decline(id);
    }

    public void cancel(FileTransferId id) {
        session.files().cancel(id);
    }

    public void setDownloadDirectory(Path directory) {
        session.files().setDownloadDirectory(directory);
        downloadDirectory.set(directory);
        directoryChosen.accept(directory);
    }

    /** Who remembers the folder the user chose (the app's settings). */
    public void onDirectoryChosen(Consumer<Path> remember) {
        directoryChosen = remember;
    }

    public long maxFileBytes() {
        return session.files().maxFileBytes();
    }

    public ObservableList<FileTransferView> transfers() { return transfers; }

    public ObservableList<ChatRecipient> recipients() { return recipients; }

    public ObjectProperty<ChatRecipient> recipientProperty() { return recipient; }

    public ReadOnlyObjectProperty<Path> downloadDirectoryProperty() { return downloadDirectory.getReadOnlyProperty(); }

    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
}
