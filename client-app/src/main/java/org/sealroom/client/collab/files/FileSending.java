package org.sealroom.client.collab.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sealroom.client.collab.MeetingChannel;
import org.sealroom.client.session.FileTransferView.State;

/**
 * The sending side: offers, then chunks paced to {@value #SEND_BYTES_PER_SECOND} bytes a second across all
 * transfers, with at most {@value #WINDOW_BYTES} unacknowledged bytes per receiver, restarting from whatever offset
 * the receiver asks for. Lives on the file-transfer thread.
 */
final class FileSending {

    static final long SEND_BYTES_PER_SECOND = 4L * 1024 * 1024;
    static final long WINDOW_BYTES = 16L * FileMessage.MAX_CHUNK_BYTES;
    /** A receiver silent this long while a transfer runs is given up. */
    static final int GIVE_UP_SECONDS = 180;

    private final FileLink link;
    private final Map<UUID, OutgoingTransfer> transfers = new LinkedHashMap<>();
    private long nextSendNanos;
    private boolean pumpScheduled;

    FileSending(FileLink link) {
        this.link = link;
    }

    Collection<OutgoingTransfer> all() {
        return transfers.values();
    }

    boolean has(UUID id) {
        return transfers.containsKey(id);
    }

    Optional<OutgoingTransfer> get(UUID id) {
        return Optional.ofNullable(transfers.get(id));
    }

    /** Offers the file, hashed once ({@link #sha256}), to each receiver as its own transfer. */
    void offer(Path file, long size, String digest, List<MeetingChannel.Member> receivers) {
        String name = SafeFileName.sanitise(String.valueOf(file.getFileName()));
        for (MeetingChannel.Member receiver : receivers) {
            OutgoingTransfer t = new OutgoingTransfer(UUID.randomUUID(), receiver.id(), receiver.name(), file, name,
                    size);
            transfers.put(t.id, t);
            link.send(t.receiver, new FileMessage.Offer(t.id, t.name, size, digest));
        }
        link.changed(true);
    }

    void cancel(OutgoingTransfer t) {
        if (!t.state.finished()) {
            t.finish(State.CANCELLED, Optional.of("You cancelled it."));
            link.send(t.receiver, new FileMessage.Cancel(t.id, "cancelled by the sender"));
        }
    }

    /** The receiver starts, or resumes from what it has. */
    void onAccept(int from, FileMessage.Accept accept) throws RefusedFileMessage {
        OutgoingTransfer t = fromReceiver(from, accept.id()).orElse(null);
        if (t == null || t.state.finished()) {
            return;
        }
        if (accept.offset() > t.size) {
            throw link.refused(from, "file-bad-offset", "asked for data beyond the end of the file");
        }
        try {
            t.sendFrom(accept.offset());
        } catch (IOException e) {
            failedToRead(t, e);
            return;
        }
        pump();
    }

    void onAck(int from, FileMessage.Ack ack) throws RefusedFileMessage {
        OutgoingTransfer t = fromReceiver(from, ack.id()).orElse(null);
        if (t == null || t.state != State.TRANSFERRING) {
            return;
        }
        if (ack.offset() > t.position) {
            throw link.refused(from, "file-bad-offset", "acknowledged data that was never sent");
        }
        t.acked = Math.max(t.acked, ack.offset());
        t.lastHeardNanos = System.nanoTime();
        pump();
    }

    void onDecline(int from, FileMessage.Decline decline) {
        fromReceiver(from, decline.id())
                .ifPresent(t -> t.finish(State.DECLINED, Optional.of(t.receiverName + " declined.")));
    }

    void onComplete(int from, FileMessage.Complete complete) {
        fromReceiver(from, complete.id()).ifPresent(t -> t.finish(State.COMPLETE, Optional.empty()));
    }

    void onCancel(int from, FileMessage.Cancel cancel, String why) {
        fromReceiver(from, cancel.id()).filter(t -> !t.state.finished())
                .ifPresent(t -> t.finish(State.CANCELLED, Optional.of(t.receiverName + " stopped it" + why + ".")));
    }

    void rosterChanged(Set<Integer> present) {
        for (OutgoingTransfer t : transfers.values()) {
            if (!t.state.finished() && !present.contains(t.receiver)) {
                t.finish(State.FAILED, Optional.of(t.receiverName + " left the meeting."));
            }
        }
    }

    void tick(long now) {
        for (OutgoingTransfer t : transfers.values()) {
            if (t.state == State.TRANSFERRING && now - t.lastHeardNanos > GIVE_UP_SECONDS * FileLink.SECOND) {
                t.finish(State.FAILED, Optional.of(t.receiverName + " stopped answering."));
            }
        }
    }

    void closeAll() {
        transfers.values().stream().filter(t -> !t.state.finished())
                .forEach(t -> t.finish(State.CANCELLED, Optional.of("You left the meeting.")));
    }

    /** Sends what the windows and the pace allow; comes back when the pace says wait. */
    private void pump() {
        long now = System.nanoTime();
        for (OutgoingTransfer t : transfers.values()) {
            while (t.hasMoreToSend(WINDOW_BYTES)) {
                if (nextSendNanos > now) {
                    schedulePump(nextSendNanos - now);
                    return;
                }
                try {
                    byte[] data = t.readNext(FileMessage.MAX_CHUNK_BYTES);
                    link.send(t.receiver, new FileMessage.Chunk(t.id, t.position, data));
                    t.position += data.length;
                    nextSendNanos = Math.max(nextSendNanos, now) + data.length * FileLink.SECOND
                            / SEND_BYTES_PER_SECOND;
                } catch (IOException e) {
                    failedToRead(t, e);
                }
            }
        }
    }

    /** The file cannot be read (gone, shrunk, unreadable): the transfer ends on both sides. */
    private void failedToRead(OutgoingTransfer t, IOException e) {
        t.finish(State.FAILED, Optional.of(e.getMessage()));
        link.send(t.receiver, new FileMessage.Cancel(t.id, "the sender could not read the file"));
        link.changed(true);
    }

    private void schedulePump(long delayNanos) {
        if (!pumpScheduled) {
            pumpScheduled = true;
            link.later(() -> {
                pumpScheduled = false;
                pump();
            }, delayNanos);
        }
    }

    private Optional<OutgoingTransfer> fromReceiver(int from, UUID id) {
        return Optional.ofNullable(transfers.get(id)).filter(t -> t.receiver == from);
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
