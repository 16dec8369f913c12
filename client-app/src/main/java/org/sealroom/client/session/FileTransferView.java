package org.sealroom.client.session;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One file transfer as this participant sees it.
 *
 * @param peer the other side: the receiver of an outgoing transfer, the sender of an incoming one
 * @param name the file name as offered, already sanitised for display
 * @param transferred bytes sent (outgoing) or received and written (incoming)
 * @param savedAs where a completed incoming file was saved
 * @param problem why a transfer failed, was declined or cancelled
 */
public record FileTransferView(FileTransferId id, Direction direction, ParticipantId peer, String peerName,
                               String name, long size, long transferred, State state, Optional<Path> savedAs,
                               Optional<String> problem) {

    public enum Direction { OUTGOING, INCOMING }

    public enum State {
        /** Outgoing: offered, waiting for the receiver. Incoming: waiting for this participant to accept. */
        OFFERED,
        TRANSFERRING,
        /** The connection dropped; the transfer resumes from the last confirmed byte. */
        RESUMING,
        /** The receiver checked the whole file's SHA-256 and saved it. */
        COMPLETE,
        DECLINED,
        CANCELLED,
        FAILED;

        public boolean finished() {
            return this == COMPLETE || this == DECLINED || this == CANCELLED || this == FAILED;
        }
    }

    public double progress() {
        return size == 0 ? (state == State.COMPLETE ? 1 : 0) : Math.min(1.0, (double) transferred / size);
    }
}
