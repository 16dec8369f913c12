package org.sealroom.client.collab.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sealroom.client.collab.CollabEvents;
import org.sealroom.client.collab.MeetingChannel;
import org.sealroom.client.collab.Rejections;
import org.sealroom.client.collab.SenderRateLimit;
import org.sealroom.client.session.FileTransferId;
import org.sealroom.client.session.FileTransferView;
import org.sealroom.client.session.FileTransfers;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.SessionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every file transfer of one meeting (docs/protocol.md 8.13): {@link FileSending} and {@link FileReceiving} behind the
 * session's {@link FileTransfers}. All their state lives on one thread; network input, user actions and timers are
 * queued to it.
 */
public final class FileTransferBook implements FileTransfers, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FileTransferBook.class);

    private final MeetingChannel channel;
    private final CollabEvents events;
    private final Rejections rejections;
    private final SenderRateLimit limit = new SenderRateLimit(1000, 2000);
    private final ScheduledExecutorService thread;
    private final FileSending sending;
    private final FileReceiving receiving;
    private volatile FilePolicy policy;
    private volatile List<FileTransferView> snapshot = List.of();
    private long lastNotifiedNanos;

    public FileTransferBook(MeetingChannel channel, CollabEvents events, Rejections rejections, FilePolicy policy) {
        this.channel = channel;
        this.events = events;
        this.rejections = rejections;
        this.policy = policy;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sealroom-files");
            t.setDaemon(true);
            return t;
        });
        FileLink link = new FileLink(channel, thread, () -> this.policy, this::changed);
        this.sending = new FileSending(link);
        this.receiving = new FileReceiving(link, rejections);
        thread.scheduleWithFixedDelay(() -> run(this::tick), 1, 1, TimeUnit.SECONDS);
    }

    // ---- FileTransfers ----

    @Override
    public void send(Path file, Optional<ParticipantId> to) throws SessionException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new SessionException(file.getFileName() + " is not a readable file.");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new SessionException("Cannot read " + file.getFileName() + ": " + e.getMessage());
        }
        if (size > policy.maxFileBytes()) {
            throw new SessionException(file.getFileName() + " is larger than the limit of "
                    + policy.maxFileBytes() / (1024 * 1024) + " MB.");
        }
        List<MeetingChannel.Member> receivers = channel.members().stream()
                .filter(m -> m.id() != channel.ownId() && to.map(p -> p.value() == m.id()).orElse(true)).toList();
        if (receivers.isEmpty()) {
            throw new SessionException(to.isPresent() ? "That participant is no longer in the meeting."
                    : "Nobody else is in the meeting yet.");
        }
        // Hashing a large file takes seconds: not on the transfer thread, where it would stall every transfer.
        Thread.ofVirtual().name("sealroom-file-hash").start(() -> {
            try {
                String digest = FileSending.sha256(file);
                run(() -> sending.offer(file, size, digest, receivers));
            } catch (IOException e) {
                events.rejected("Could not read " + file.getFileName() + ": " + e.getMessage());
            }
        });
    }

    @Override
    public void accept(FileTransferId transfer) {
        run(() -> id(transfer).flatMap(receiving::get).ifPresent(receiving::accept));
    }

    @Override
    public void decline(FileTransferId transfer) {
        run(() -> {
            id(transfer).flatMap(receiving::get).ifPresent(receiving::decline);
            changed(true);
        });
    }

    @Override
    public void cancel(FileTransferId transfer) {
        run(() -> {
            id(transfer).flatMap(receiving::get).ifPresent(receiving::cancel);
            id(transfer).flatMap(sending::get).ifPresent(sending::cancel);
            changed(true);
        });
    }

    @Override
    public void setDownloadDirectory(Path directory) {
        FilePolicy now = policy;
        policy = new FilePolicy(directory, now.maxFileBytes(), now.autoAccept());
    }

    @Override
    public Path downloadDirectory() {
        return policy.downloadDirectory();
    }

    @Override
    public long maxFileBytes() {
        return policy.maxFileBytes();
    }

    @Override
    public List<FileTransferView> all() {
        return snapshot;
    }

    // ---- from the meeting ----

    public void receive(int from, byte[] body) {
        if (!limit.allow(from)) {
            rejections.reject("file-flood", channel.nameOf(from) + " is sending file messages too fast; extra ones "
                    + "are ignored.");
            return;
        }
        FileMessage message;
        try {
            message = FileMessage.decode(body);
        } catch (IOException e) {
            rejections.reject("file-malformed", "Ignored a malformed file message from " + channel.nameOf(from) + ": "
                    + e.getMessage());
            return;
        }
        run(() -> dispatch(from, message));
    }

    /** A new epoch: transfers with someone who left end. */
    public void rosterChanged(Set<Integer> present) {
        run(() -> {
            sending.rosterChanged(present);
            receiving.rosterChanged(present);
            changed(true);
        });
    }

    /** This participant's connection came back: ask every sender to go on from what arrived. */
    public void reconnected() {
        run(receiving::reconnected);
    }

    /** Ends the meeting's transfers: partial downloads are deleted, files being sent are closed. */
    @Override
    public void close() {
        run(() -> {
            receiving.closeAll();
            sending.closeAll();
        });
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- on the file-transfer thread ----

    private void dispatch(int from, FileMessage message) {
        try {
            switch (message) {
                case FileMessage.Offer offer -> receiving.onOffer(from, offer,
                        receiving.has(offer.id()) || sending.has(offer.id()));
                case FileMessage.Chunk chunk -> receiving.onChunk(from, chunk);
                case FileMessage.Accept accept -> sending.onAccept(from, accept);
                case FileMessage.Ack ack -> sending.onAck(from, ack);
                case FileMessage.Decline decline -> sending.onDecline(from, decline);
                case FileMessage.Complete complete -> sending.onComplete(from, complete);
                case FileMessage.Cancel cancel -> {
                    String why = cancel.reason().isEmpty() ? "" : " (" + cancel.reason() + ")";
                    sending.onCancel(from, cancel, why);
                    receiving.onCancel(from, cancel, why);
                }
            }
        } catch (RefusedFileMessage e) {
            rejections.reject(e.reason, e.getMessage());
        } catch (IOException e) {
            LOG.info("file transfer I/O failed: {}", e.toString());
            events.rejected("A file transfer failed: " + e.getMessage());
        }
        changed(!(message instanceof FileMessage.Chunk || message instanceof FileMessage.Ack));
    }

    private void tick() {
        long now = System.nanoTime();
        receiving.tick(now);
        sending.tick(now);
        changed(false);
    }

    /** Publishes the transfers; tells the front ends at once on a state change, else at most ten times a second. */
    private void changed(boolean now) {
        List<FileTransferView> views = new ArrayList<>();
        sending.all().forEach(t -> views.add(t.view()));
        receiving.all().forEach(t -> views.add(t.view()));
        boolean differs = !views.equals(snapshot);
        snapshot = List.copyOf(views);
        long t = System.nanoTime();
        if (differs && (now || t - lastNotifiedNanos > FileLink.SECOND / 10)) {
            lastNotifiedNanos = t;
            events.filesChanged();
        }
    }

    private void run(Runnable task) {
        try {
            thread.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.warn("file transfer task failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("file transfers already closed");
        }
    }

    private static Optional<UUID> id(FileTransferId id) {
        try {
            return Optional.of(UUID.fromString(id.value()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
