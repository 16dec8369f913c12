package org.sealroom.client.collab.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;
import org.sealroom.client.session.FileTransferId;
import org.sealroom.client.session.FileTransferView;
import org.sealroom.client.session.FileTransferView.State;
import org.sealroom.client.session.ParticipantId;

/** A file this participant sends to one receiver. Lives on the file-transfer thread only. */
final class OutgoingTransfer {

    final UUID id;
    final int receiver;
    final String receiverName;
    final Path file;
    final String name;
    final long size;
    State state = State.OFFERED;
    /** The next byte to send; falls back to {@link #acked} when the receiver resumes. */
    long position;
    long acked;
    long lastHeardNanos = System.nanoTime();
    Optional<String> problem = Optional.empty();
    private FileChannel channel;

    OutgoingTransfer(UUID id, int receiver, String receiverName, Path file, String name, long size) {
        this.id = id;
        this.receiver = receiver;
        this.receiverName = receiverName;
        this.file = file;
        this.name = name;
        this.size = size;
    }

    /** Starts or restarts sending at {@code offset}, which the receiver has. */
    void sendFrom(long offset) throws IOException {
        if (channel == null) {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        }
        position = offset;
        acked = offset;
        state = State.TRANSFERRING;
        lastHeardNanos = System.nanoTime();
    }

    boolean hasMoreToSend(long windowBytes) {
        return state == State.TRANSFERRING && position < size && position - acked < windowBytes;
    }

    /** Reads the next chunk; a file that shrank since it was offered is an {@link IOException}. */
    byte[] readNext(int maxBytes) throws IOException {
        int length = (int) Math.min(maxBytes, size - position);
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException(name + " changed while it was being sent");
            }
        }
        return buffer.array();
    }

    void finish(State end, Optional<String> why) {
        state = end;
        problem = why;
        closeFile();
    }

    void closeFile() {
        channel = FileChannels.closeQuietly(channel);
    }

    FileTransferView view() {
        return new FileTransferView(new FileTransferId(id.toString()), FileTransferView.Direction.OUTGOING,
                new ParticipantId(receiver), receiverName, name, size, state == State.COMPLETE ? size : acked, state,
                Optional.empty(), problem);
    }
}
