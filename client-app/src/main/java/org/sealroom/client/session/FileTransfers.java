package org.sealroom.client.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** File transfer under E2EE: offered, accepted by the receiver, sent in sealed chunks, checked by SHA-256. */
public interface FileTransfers {

    /** Offers {@code file} to one participant, or to everyone else when {@code to} is empty. */
    void send(Path file, Optional<ParticipantId> to) throws SessionException;

    /** Accepts an incoming offer; the file is saved into the downloads folder. */
    void accept(FileTransferId transfer);

    void decline(FileTransferId transfer);

    /** Stops a transfer in either direction; a partly received file is deleted. */
    void cancel(FileTransferId transfer);

    /** Where accepted files are saved; the folder must exist. */
    void setDownloadDirectory(Path directory);

    Path downloadDirectory();

    /** The largest file this participant accepts or sends. */
    long maxFileBytes();

    List<FileTransferView> all();
}
