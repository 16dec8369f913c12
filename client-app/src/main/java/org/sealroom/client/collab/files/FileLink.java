package org.sealroom.client.collab.files;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.sealroom.client.collab.MeetingChannel;
import org.sealroom.protocol.meeting.DataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What both directions of file transfer share: the meeting, the one thread all transfer state lives on, the policy,
 * and a way to say that transfers changed. Used only on that thread.
 */
final class FileLink {

    static final long SECOND = 1_000_000_000L;
    private static final Logger LOG = LoggerFactory.getLogger(FileLink.class);

    final MeetingChannel channel;
    private final ScheduledExecutorService thread;
    private final Supplier<FilePolicy> policy;
    private final ChangeListener changes;

    /** {@code now}: a state change, to show at once; otherwise progress, which may wait for the next tick. */
    interface ChangeListener {
        void changed(boolean now);
    }

    FileLink(MeetingChannel channel, ScheduledExecutorService thread, Supplier<FilePolicy> policy,
            ChangeListener changes) {
        this.channel = channel;
        this.thread = thread;
        this.policy = policy;
        this.changes = changes;
    }

    void send(int to, FileMessage message) {
        channel.to(to, DataType.FILE, FileMessage.encode(message));
    }

    FilePolicy policy() {
        return policy.get();
    }

    void changed(boolean now) {
        changes.changed(now);
    }

    /** Runs {@code task} on the transfer thread after {@code delayNanos}; a failure is logged, never lost. */
    void later(Runnable task, long delayNanos) {
        thread.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("file transfer task failed", e);
            }
        }, delayNanos, TimeUnit.NANOSECONDS);
    }

    RefusedFileMessage refused(int from, String reason, String what) {
        return new RefusedFileMessage(reason, channel.nameOf(from) + " " + what + "; it was ignored.");
    }
}
