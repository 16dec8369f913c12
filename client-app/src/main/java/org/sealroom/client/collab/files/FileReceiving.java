package org.sealroom.client.collab.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sealroom.client.collab.Rejections;
import org.sealroom.client.session.FileTransferView.State;

/**
 * The receiving side: offers wait for the user (or the policy) to accept; accepted files arrive strictly in order;
 * this side drives resumption — after a reconnect, or {@value #STALL_SECONDS} s without data, it asks again from the
 * last byte written — and gives up after {@value #GIVE_UP_SECONDS} s without progress. Lives on the file-transfer
 * thread.
 */
final class FileReceiving {

    static final int STALL_SECONDS = 5;
    static final int GIVE_UP_SECONDS = 90;
    static final int MAX_PENDING_OFFERS_PER_SENDER = 20;
    /** Kept free beyond the file itself, so a download never fills the disk. */
    private static final long DISK_RESERVE_BYTES = 16L * 1024 * 1024;

    private final FileLink link;
    private final Rejections rejections;
    private final Map<UUID, IncomingTransfer> transfers = new LinkedHashMap<>();

    FileReceiving(FileLink link, Rejections rejections) {
        this.link = link;
        this.rejections = rejections;
    }

    Collection<IncomingTransfer> all() {
        return transfers.values();
    }

    boolean has(UUID id) {
        return transfers.containsKey(id);
    }

    Optional<IncomingTransfer> get(UUID id) {
        return Optional.ofNullable(transfers.get(id));
    }

    void onOffer(int from, FileMessage.Offer offer, boolean idInUse) throws RefusedFileMessage {
        if (idInUse) {
            throw link.refused(from, "file-duplicate-offer", "offered a file under an id already in use");
        }
        long pending = transfers.values().stream().filter(t -> t.sender == from && t.state == State.OFFERED).count();
        if (pending >= MAX_PENDING_OFFERS_PER_SENDER) {
            throw link.refused(from, "file-offer-flood", "has too many files waiting for an answer");
        }
        IncomingTransfer t = new IncomingTransfer(offer, from, link.channel.nameOf(from));
        transfers.put(t.id, t);
        FilePolicy policy = link.policy();
        if (t.size > policy.maxFileBytes()) {
            t.state = State.DECLINED;
            t.problem = Optional.of("Larger than your limit of " + policy.maxFileBytes() / (1024 * 1024) + " MB.");
            link.send(from, new FileMessage.Decline(t.id, "larger than the receiver's limit"));
            rejections.reject("file-too-large", t.senderName + " offered " + t.name + " (" + t.size / (1024 * 1024)
                    + " MB), more than your limit: declined.");
        } else if (policy.autoAccept()) {
            accept(t);
        }
    }

    void accept(IncomingTransfer t) {
        if (t.state != State.OFFERED) {
            return;
        }
        Path directory = link.policy().downloadDirectory();
        try {
            Files.createDirectories(directory);
            if (Files.getFileStore(directory).getUsableSpace() < t.size + DISK_RESERVE_BYTES) {
                t.finish(State.FAILED, "Not enough free disk space in " + directory + ".");
                link.send(t.sender, new FileMessage.Decline(t.id, "not enough disk space"));
            } else {
                t.start(directory);
                link.send(t.sender, new FileMessage.Accept(t.id, 0));
                if (t.size == 0) {
                    complete(t);
                }
            }
        } catch (IOException e) {
            t.finish(State.FAILED, "Cannot save into " + directory + ": " + e.getMessage());
            link.send(t.sender, new FileMessage.Decline(t.id, "the receiver cannot save it"));
        }
        link.changed(true);
    }

    void decline(IncomingTransfer t) {
        if (t.state == State.OFFERED) {
            t.state = State.DECLINED;
            link.send(t.sender, new FileMessage.Decline(t.id, "declined"));
        }
    }

    void cancel(IncomingTransfer t) {
        if (!t.state.finished()) {
            t.finish(State.CANCELLED, "You cancelled it.");
            link.send(t.sender, new FileMessage.Cancel(t.id, "cancelled by the receiver"));
        }
    }

    void onChunk(int from, FileMessage.Chunk chunk) throws IOException, RefusedFileMessage {
        IncomingTransfer t = transfers.get(chunk.id());
        if (t == null || t.sender != from) {
            throw link.refused(from, "file-unknown-transfer", "sent file data for no transfer of theirs");
        }
        if (!t.active()) {
            return; // in flight when it ended
        }
        if (chunk.offset() + chunk.data().length > t.size) {
            t.finish(State.FAILED, t.senderName + " sent more data than the file has.");
            link.send(from, new FileMessage.Cancel(t.id, "more data than offered"));
            throw link.refused(from, "file-chunk-beyond-size", "sent more data than the offered file has");
        }
        if (chunk.offset() < t.written) {
            return; // a duplicate after a resume
        }
        if (chunk.offset() > t.written) {
            requestResume(t); // something was lost: go on from what we have
            return;
        }
        try {
            if (t.append(chunk.data())) {
                complete(t);
            } else {
                link.send(from, new FileMessage.Ack(t.id, t.written));
            }
        } catch (IOException e) {
            // A full disk or a vanished folder does not get better by resending: end it on both sides.
            t.finish(State.FAILED, "Could not save it: " + e.getMessage());
            link.send(from, new FileMessage.Cancel(t.id, "the receiver could not save it"));
            throw e;
        }
    }

    void onCancel(int from, FileMessage.Cancel cancel, String why) {
        IncomingTransfer t = transfers.get(cancel.id());
        if (t != null && t.sender == from && !t.state.finished()) {
            t.finish(State.CANCELLED, t.senderName + " stopped it" + why + ".");
        }
    }

    void rosterChanged(Set<Integer> present) {
        for (IncomingTransfer t : transfers.values()) {
            if (!t.state.finished() && !present.contains(t.sender)) {
                t.finish(State.FAILED, t.senderName + " left the meeting.");
            }
        }
    }

    /** This participant's connection came back: ask every sender to go on from what arrived. */
    void reconnected() {
        transfers.values().stream().filter(IncomingTransfer::active).forEach(this::requestResume);
    }

    void tick(long now) {
        for (IncomingTransfer t : transfers.values()) {
            if (t.active() && now - t.lastProgressNanos > GIVE_UP_SECONDS * FileLink.SECOND) {
                t.finish(State.FAILED, t.senderName + " stopped sending.");
                link.send(t.sender, new FileMessage.Cancel(t.id, "nothing arrived for " + GIVE_UP_SECONDS + " s"));
            } else if (t.active() && now - t.lastProgressNanos > STALL_SECONDS * FileLink.SECOND
                    && now - t.lastResumeRequestNanos > STALL_SECONDS * FileLink.SECOND) {
                requestResume(t);
            }
        }
    }

    /** Partial downloads are deleted: they were never the user's. */
    void closeAll() {
        transfers.values().stream().filter(t -> !t.state.finished())
                .forEach(t -> t.finish(State.CANCELLED, "You left the meeting."));
    }

    private void complete(IncomingTransfer t) throws IOException {
        if (t.verifyAndSave(link.policy().downloadDirectory())) {
            link.send(t.sender, new FileMessage.Complete(t.id));
            link.changed(true);
            return;
        }
        t.finish(State.FAILED, "The file's SHA-256 did not match the offer: it was damaged or changed, and was "
                + "deleted.");
        link.send(t.sender, new FileMessage.Cancel(t.id, "SHA-256 mismatch"));
        rejections.reject("file-hash-mismatch", t.senderName + " sent " + t.name + " with a SHA-256 that does not "
                + "match the offer; it was deleted.");
    }

    private void requestResume(IncomingTransfer t) {
        long now = System.nanoTime();
        if (now - t.lastResumeRequestNanos < FileLink.SECOND) {
            return;
        }
        t.lastResumeRequestNanos = now;
        t.state = State.RESUMING;
        link.send(t.sender, new FileMessage.Accept(t.id, t.written));
        link.changed(true);
    }
}
