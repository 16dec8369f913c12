package org.sealroom.client.collab.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sealroom.client.collab.CollabEvents;
import org.sealroom.client.collab.MeetingChannel;
import org.sealroom.client.collab.Rejections;
import org.sealroom.client.collab.SenderRateLimit;
import org.sealroom.client.session.FileTransferId;
import org.sealroom.client.session.FileTransferView;
import org.sealroom.client.session.FileTransferView.State;
import org.sealroom.client.session.FileTransfers;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.SessionException;
import org.sealroom.protocol.meeting.DataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every file transfer of one meeting (docs/protocol.md 8.13). All state lives on one thread; network input, user
 * actions and timers are queued to it. Sending is paced to {@value #SEND_BYTES_PER_SECOND} bytes a second in all
 * and at most {@value #WINDOW_BYTES} unacknowledged bytes per receiver, so files never crowd out media or trip the
 * relay's limits. The receiver drives resumption: after a reconnect, or when nothing has arrived for
 * {@value #STALL_SECONDS} s, it asks again from the last byte it wrote.
 */
public final class FileTransferBook implements FileTransfers, AutoCloseable {

    static final long SEND_BYTES_PER_SECOND = 4L * 1024 * 1024;
    static final long WINDOW_BYTES = 16L * FileMessage.MAX_CHUNK_BYTES;
    static final int STALL_SECONDS = 5;
    static final int GIVE_UP_SECONDS = 90;
    static final int MAX_PENDING_OFFERS_PER_SENDER = 20;
    private static final Logger LOG = LoggerFactory.getLogger(FileTransferBook.class);
    private static final long SECOND = 1_000_000_000L;

    private final MeetingChannel channel;
    private final CollabEvents events;
    private final Rejections rejections;
    private final SenderRateLimit limit = new SenderRateLimit(1000, 2000);
    private final ScheduledExecutorService thread;
    private final Map<UUID, OutgoingTransfer> outgoing = new LinkedHashMap<>();
    private final Map<UUID, IncomingTransfer> incoming = new LinkedHashMap<>();
    private volatile FilePolicy policy;
    private volatile List<FileTransferView> snapshot = List.of();
    private long nextSendNanos;
    private boolean pumpScheduled;
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
        thread.scheduleWithFixedDelay(() -> run(this::tick), 1, 1, TimeUnit.SECONDS);
    }

    public void setPolicy(FilePolicy next) {
        policy = next;
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
        run(() -> offer(file, size, receivers));
    }

    @Override
    public void accept(FileTransferId transfer) {
        run(() -> incoming(transfer).filter(t -> t.state == State.OFFERED).ifPresent(this::acceptOffer));
    }

    @Override
    public void decline(FileTransferId transfer) {
        run(() -> incoming(transfer).filter(t -> t.state == State.OFFERED).ifPresent(t -> {
            t.state = State.DECLINED;
            send(t.sender, new FileMessage.Decline(t.id, "declined"));
            changed(true);
        }));
    }

    @Override
    public void cancel(FileTransferId transfer) {
        run(() -> {
            incoming(transfer).filter(t -> !t.state.finished()).ifPresent(t -> {
                t.finish(State.CANCELLED, "You cancelled it.");
                send(t.sender, new FileMessage.Cancel(t.id, "cancelled by the receiver"));
            });
            outgoing(transfer).filter(t -> !t.state.finished()).ifPresent(t -> {
                t.finish(State.CANCELLED, Optional.of("You cancelled it."));
                send(t.receiver, new FileMessage.Cancel(t.id, "cancelled by the sender"));
            });
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
            for (OutgoingTransfer t : outgoing.values()) {
                if (!t.state.finished() && !present.contains(t.receiver)) {
                    t.finish(State.FAILED, Optional.of(t.receiverName + " left the meeting."));
                }
            }
            for (IncomingTransfer t : incoming.values()) {
                if (!t.state.finished() && !present.contains(t.sender)) {
                    t.finish(State.FAILED, t.senderName + " left the meeting.");
                }
            }
            changed(true);
        });
    }

    /** This participant's connection came back: ask every sender to go on from what arrived. */
    public void reconnected() {
        run(() -> incoming.values().stream().filter(IncomingTransfer::active).forEach(this::requestResume));
    }

    /** Ends the meeting's transfers: partial downloads are deleted, files being sent are closed. */
    @Override
    public void close() {
        run(() -> {
            incoming.values().stream().filter(t -> !t.state.finished())
                    .forEach(t -> t.finish(State.CANCELLED, "You left the meeting."));
            outgoing.values().stream().filter(t -> !t.state.finished())
                    .forEach(t -> t.finish(State.CANCELLED, Optional.of("You left the meeting.")));
        });
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- on the file-transfer thread ----

    private void offer(Path file, long size, List<MeetingChannel.Member> receivers) {
        String digest;
        try {
            digest = sha256(file);
        } catch (IOException e) {
            events.rejected("Could not read " + file.getFileName() + ": " + e.getMessage());
            return;
        }
        String name = String.valueOf(file.getFileName());
        for (MeetingChannel.Member receiver : receivers) {
            OutgoingTransfer t = new OutgoingTransfer(UUID.randomUUID(), receiver.id(), receiver.name(), file,
                    SafeFileName.sanitise(name), size);
            outgoing.put(t.id, t);
            send(t.receiver, new FileMessage.Offer(t.id, t.name, size, digest));
        }
        changed(true);
    }

    private void dispatch(int from, FileMessage message) {
        try {
            switch (message) {
                case FileMessage.Offer offer -> onOffer(from, offer);
                case FileMessage.Chunk chunk -> onChunk(from, chunk);
                case FileMessage.Accept accept -> onAccept(from, accept);
                case FileMessage.Ack ack -> onAck(from, ack);
                case FileMessage.Decline decline -> fromReceiver(from, decline.id())
                        .ifPresent(t -> t.finish(State.DECLINED, Optional.of(t.receiverName + " declined.")));
                case FileMessage.Complete complete -> fromReceiver(from, complete.id())
                        .ifPresent(t -> t.finish(State.COMPLETE, Optional.empty()));
                case FileMessage.Cancel cancel -> onCancel(from, cancel);
            }
        } catch (RefusedFileMessage e) {
            rejections.reject(e.reason, e.getMessage());
        } catch (IOException e) {
            LOG.info("file transfer I/O failed: {}", e.toString());
            events.rejected("A file transfer failed: " + e.getMessage());
        }
        changed(!(message instanceof FileMessage.Chunk || message instanceof FileMessage.Ack));
    }

    private void onOffer(int from, FileMessage.Offer offer) throws RefusedFileMessage {
        if (incoming.containsKey(offer.id()) || outgoing.containsKey(offer.id())) {
            throw refused(from, "file-duplicate-offer", "offered a file under an id already in use");
        }
        long pending = incoming.values().stream().filter(t -> t.sender == from && t.state == State.OFFERED).count();
        if (pending >= MAX_PENDING_OFFERS_PER_SENDER) {
            throw refused(from, "file-offer-flood", "has too many files waiting for an answer");
        }
        IncomingTransfer t = new IncomingTransfer(offer, from, channel.nameOf(from));
        incoming.put(t.id, t);
        FilePolicy now = policy;
        if (t.size > now.maxFileBytes()) {
            t.state = State.DECLINED;
            t.problem = Optional.of("Larger than your limit of " + now.maxFileBytes() / (1024 * 1024) + " MB.");
            send(from, new FileMessage.Decline(t.id, "larger than the receiver's limit"));
            rejections.reject("file-too-large", t.senderName + " offered " + t.name + " (" + t.size / (1024 * 1024)
                    + " MB), more than your limit: declined.");
        } else if (now.autoAccept()) {
            acceptOffer(t);
        }
    }

    private void acceptOffer(IncomingTransfer t) {
        Path directory = policy.downloadDirectory();
        try {
            Files.createDirectories(directory);
            long free = Files.getFileStore(directory).getUsableSpace();
            if (free < t.size + 16L * 1024 * 1024) {
                t.finish(State.FAILED, "Not enough free disk space in " + directory + ".");
                send(t.sender, new FileMessage.Decline(t.id, "not enough disk space"));
            } else {
                t.start(directory);
                send(t.sender, new FileMessage.Accept(t.id, 0));
                if (t.size == 0) {
                    complete(t);
                }
            }
        } catch (IOException e) {
            t.finish(State.FAILED, "Cannot save into " + directory + ": " + e.getMessage());
            send(t.sender, new FileMessage.Decline(t.id, "the receiver cannot save it"));
        }
        changed(true);
    }

    private void onChunk(int from, FileMessage.Chunk chunk) throws IOException, RefusedFileMessage {
        IncomingTransfer t = incoming.get(chunk.id());
        if (t == null || t.sender != from) {
            throw refused(from, "file-unknown-transfer", "sent file data for no transfer of theirs");
        }
        if (!t.active()) {
            return; // in flight when it ended
        }
        if (chunk.offset() + chunk.data().length > t.size) {
            t.finish(State.FAILED, t.senderName + " sent more data than the file has.");
            send(from, new FileMessage.Cancel(t.id, "more data than offered"));
            throw refused(from, "file-chunk-beyond-size", "sent more data than the offered file has");
        }
        if (chunk.offset() < t.written) {
            return; // a duplicate after a resume
        }
        if (chunk.offset() > t.written) {
            requestResume(t); // something was lost: go on from what we have
            return;
        }
        if (t.append(chunk.data())) {
            complete(t);
        } else {
            send(from, new FileMessage.Ack(t.id, t.written));
        }
    }

    private void complete(IncomingTransfer t) throws IOException {
        if (t.verifyAndSave(policy.downloadDirectory())) {
            send(t.sender, new FileMessage.Complete(t.id));
            changed(true);
            return;
        }
        t.finish(State.FAILED, "The file's SHA-256 did not match the offer: it was damaged or changed, and was "
                + "deleted.");
        send(t.sender, new FileMessage.Cancel(t.id, "SHA-256 mismatch"));
        rejections.reject("file-hash-mismatch", t.senderName + " sent " + t.name + " with a SHA-256 that does not "
                + "match the offer; it was deleted.");
    }

    private void onAccept(int from, FileMessage.Accept accept) throws IOException, RefusedFileMessage {
        OutgoingTransfer t = fromReceiver(from, accept.id()).orElse(null);
        if (t == null || t.state.finished()) {
            return;
        }
        if (accept.offset() > t.size) {
            throw refused(from, "file-bad-offset", "asked for data beyond the end of the file");
        }
        t.sendFrom(accept.offset());
        pump();
    }

    private void onAck(int from, FileMessage.Ack ack) throws RefusedFileMessage {
        OutgoingTransfer t = fromReceiver(from, ack.id()).orElse(null);
        if (t == null || t.state != State.TRANSFERRING) {
            return;
        }
        if (ack.offset() > t.position) {
            throw refused(from, "file-bad-offset", "acknowledged data that was never sent");
        }
        t.acked = Math.max(t.acked, ack.offset());
        t.lastHeardNanos = System.nanoTime();
        pump();
        changed(false);
    }

    private void onCancel(int from, FileMessage.Cancel cancel) {
        String why = cancel.reason().isEmpty() ? "" : " (" + cancel.reason() + ")";
        fromReceiver(from, cancel.id()).filter(t -> !t.state.finished())
                .ifPresent(t -> t.finish(State.CANCELLED, Optional.of(t.receiverName + " stopped it" + why + ".")));
        IncomingTransfer in = incoming.get(cancel.id());
        if (in != null && in.sender == from && !in.state.finished()) {
            in.finish(State.CANCELLED, in.senderName + " stopped it" + why + ".");
        }
    }

    /** Sends what the window and the pace allow; comes back when the pace says wait. */
    private void pump() {
        long now = System.nanoTime();
        for (OutgoingTransfer t : outgoing.values()) {
            while (t.hasMoreToSend(WINDOW_BYTES)) {
                if (nextSendNanos > now) {
                    schedulePump(nextSendNanos - now);
                    return;
                }
                try {
                    byte[] data = t.readNext(FileMessage.MAX_CHUNK_BYTES);
                    send(t.receiver, new FileMessage.Chunk(t.id, t.position, data));
                    t.position += data.length;
                    nextSendNanos = Math.max(nextSendNanos, now) + data.length * SECOND / SEND_BYTES_PER_SECOND;
                } catch (IOException e) {
                    t.finish(State.FAILED, Optional.of(e.getMessage()));
                    send(t.receiver, new FileMessage.Cancel(t.id, "the sender could not read the file"));
                    changed(true);
                }
            }
        }
    }

    private void schedulePump(long delayNanos) {
        if (!pumpScheduled) {
            pumpScheduled = true;
            thread.schedule(() -> run(() -> {
                pumpScheduled = false;
                pump();
            }), delayNanos, TimeUnit.NANOSECONDS);
        }
    }

    private void tick() {
        long now = System.nanoTime();
        for (IncomingTransfer t : incoming.values()) {
            if (t.active() && now - t.lastProgressNanos > GIVE_UP_SECONDS * SECOND) {
                t.finish(State.FAILED, t.senderName + " stopped sending.");
                send(t.sender, new FileMessage.Cancel(t.id, "nothing arrived for " + GIVE_UP_SECONDS + " s"));
            } else if (t.active() && now - t.lastProgressNanos > STALL_SECONDS * SECOND
                    && now - t.lastResumeRequestNanos > STALL_SECONDS * SECOND) {
                requestResume(t);
            }
        }
        for (OutgoingTransfer t : outgoing.values()) {
            if (t.state == State.TRANSFERRING && now - t.lastHeardNanos > 2 * GIVE_UP_SECONDS * SECOND) {
                t.finish(State.FAILED, Optional.of(t.receiverName + " stopped answering."));
            }
        }
        changed(false);
    }

    private void requestResume(IncomingTransfer t) {
        long now = System.nanoTime();
        if (now - t.lastResumeRequestNanos < SECOND) {
            return;
        }
        t.lastResumeRequestNanos = now;
        t.state = State.RESUMING;
        send(t.sender, new FileMessage.Accept(t.id, t.written));
        changed(true);
    }

    private Optional<OutgoingTransfer> fromReceiver(int from, UUID id) {
        return Optional.ofNullable(outgoing.get(id)).filter(t -> t.receiver == from);
    }

    private Optional<IncomingTransfer> incoming(FileTransferId id) {
        return parse(id).map(incoming::get);
    }

    private Optional<OutgoingTransfer> outgoing(FileTransferId id) {
        return parse(id).map(outgoing::get);
    }

    private static Optional<UUID> parse(FileTransferId id) {
        try {
            return Optional.of(UUID.fromString(id.value()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void send(int to, FileMessage message) {
        channel.to(to, DataType.FILE, FileMessage.encode(message));
    }

    private void changed(boolean now) {
        List<FileTransferView> views = new ArrayList<>();
        outgoing.values().forEach(t -> views.add(t.view()));
        incoming.values().forEach(t -> views.add(t.view()));
        boolean differs = !views.equals(snapshot);
        snapshot = List.copyOf(views);
        long t = System.nanoTime();
        if (differs && (now || t - lastNotifiedNanos > SECOND / 10)) {
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
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("file transfers already closed");
        }
    }

    private RefusedFileMessage refused(int from, String reason, String what) {
        return new RefusedFileMessage(reason, channel.nameOf(from) + " " + what + "; it was ignored.");
    }

    private static String sha256(Path file) throws IOException {
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

    /** Input from a peer that breaks the file-transfer rules: counted under {@code reason} and reported. */
    private static final class RefusedFileMessage extends Exception {
        final String reason;

        RefusedFileMessage(String reason, String message) {
            super(message);
            this.reason = reason;
        }
    }
}
