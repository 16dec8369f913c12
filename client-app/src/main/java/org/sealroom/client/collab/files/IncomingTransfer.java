package org.sealroom.client.collab.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.UUID;
import org.sealroom.client.session.FileTransferId;
import org.sealroom.client.session.FileTransferView;
import org.sealroom.client.session.FileTransferView.State;
import org.sealroom.client.session.ParticipantId;

/**
 * A file this participant receives. Bytes go, strictly in order, into a hidden part file inside the downloads
 * folder while a running SHA-256 follows them; only a file whose digest matches the offer is moved to its final,
 * sanitised, never-overwriting name. Lives on the file-transfer thread only.
 */
final class IncomingTransfer {

    final UUID id;
    final int sender;
    final String senderName;
    final String name;
    final long size;
    private final byte[] expectedDigest;
    State state = State.OFFERED;
    long written;
    long lastProgressNanos = System.nanoTime();
    long lastResumeRequestNanos;
    Optional<Path> savedAs = Optional.empty();
    Optional<String> problem = Optional.empty();
    private Path part;
    private FileChannel channel;
    private MessageDigest digest;

    IncomingTransfer(FileMessage.Offer offer, int sender, String senderName) {
        this.id = offer.id();
        this.sender = sender;
        this.senderName = senderName;
        this.name = SafeFileName.sanitise(offer.name());
        this.size = offer.size();
        this.expectedDigest = offer.digest();
    }

    /** Creates the part file in {@code directory}. */
    void start(Path directory) throws IOException {
        part = directory.resolve(".sealroom-" + id + ".part");
        channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        state = State.TRANSFERRING;
        lastProgressNanos = System.nanoTime();
    }

    boolean active() {
        return state == State.TRANSFERRING || state == State.RESUMING;
    }

    /** Appends the next bytes (the caller checked the offset); returns whether the file is now whole. */
    boolean append(byte[] data) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(data);
        while (buffer.hasRemaining()) {
            channel.write(buffer, written + buffer.position());
        }
        digest.update(data);
        written += data.length;
        state = State.TRANSFERRING;
        lastProgressNanos = System.nanoTime();
        return written == size;
    }

    /** Checks the whole file's SHA-256 and, when it matches, saves it; otherwise deletes it. */
    boolean verifyAndSave(Path directory) throws IOException {
        channel.force(true);
        closeFile();
        if (!MessageDigest.isEqual(digest.digest(), expectedDigest)) {
            discard();
            return false;
        }
        savedAs = Optional.of(SafeFileName.moveWithoutOverwrite(part, directory, name));
        part = null;
        state = State.COMPLETE;
        return true;
    }

    void finish(State end, String why) {
        state = end;
        problem = Optional.of(why);
        discard();
    }

    /** Deletes a partial file: it was never the user's, and a half file must not pass for a whole one. */
    void discard() {
        closeFile();
        if (part != null) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                // the folder went away; nothing left to delete
            }
            part = null;
        }
    }

    private void closeFile() {
        channel = FileChannels.closeQuietly(channel);
    }

    FileTransferView view() {
        return new FileTransferView(new FileTransferId(id.toString()), FileTransferView.Direction.INCOMING,
                new ParticipantId(sender), senderName, name, size, written, state, savedAs, problem);
    }
}
