package org.sealroom.protocol.transport;

import io.netty.channel.EventLoop;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.sealroom.protocol.ProtocolException;
import org.sealroom.protocol.control.ControlMessage;
import org.sealroom.protocol.control.ControlMessage.ErrorMessage;
import org.sealroom.protocol.control.ControlMessage.Reply;

/**
 * Requests sent to the relay and waiting for their reply. Confined to the client's event loop; each reply is
 * applied to the client's state on the loop before the caller's future completes.
 */
final class PendingRequests {
    private final EventLoop loop;
    private final Duration timeout;
    private final Map<Long, Pending<?>> pending = new HashMap<>();
    private long nextId = 1;

    PendingRequests(EventLoop loop, Duration timeout) {
        this.loop = loop;
        this.timeout = timeout;
    }

    private record Pending<T>(Function<Reply, T> onReply, CompletableFuture<T> future, ScheduledFuture<?> timer) {
        void complete(Reply reply) {
            timer.cancel(false);
            if (reply instanceof ErrorMessage error) {
                future.completeExceptionally(new RelayErrorException(error.code(), error.message()));
                return;
            }
            try {
                future.complete(onReply.apply(reply));
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
            }
        }

        void fail(RuntimeException cause) {
            timer.cancel(false);
            future.completeExceptionally(cause);
        }
    }

    /** Registers a request; returns its id. {@code onReply} runs on the loop and may throw to fail the future. */
    <T> long register(Function<Reply, T> onReply, CompletableFuture<T> future) {
        long id = nextId++;
        ScheduledFuture<?> timer = loop.schedule(() -> fail(id, new TransportClosedException(
                "the relay did not answer within " + timeout.toMillis() + " ms")), timeout.toMillis(),
                TimeUnit.MILLISECONDS);
        pending.put(id, new Pending<>(onReply, future, timer));
        return id;
    }

    void complete(Reply reply) {
        Pending<?> request = pending.remove(reply.requestId());
        if (request != null) {
            request.complete(reply);
        }
    }

    void fail(long id, RuntimeException cause) {
        Pending<?> request = pending.remove(id);
        if (request != null) {
            request.fail(cause);
        }
    }

    void failAll(RuntimeException cause) {
        for (Long id : pending.keySet().toArray(new Long[0])) {
            fail(id, cause);
        }
    }

    /** {@code reply} as the type the request expects, or a {@link ProtocolException} naming both. */
    static <T extends Reply> T expect(Reply reply, Class<T> type) {
        if (!type.isInstance(reply)) {
            throw new ProtocolException("the relay answered with " + reply.getClass().getSimpleName()
                    + " where " + type.getSimpleName() + " was expected");
        }
        return type.cast(reply);
    }

    /** A reply handler for requests answered with {@code done}: checks the reply, then runs {@code onDone}. */
    static Function<Reply, Void> done(Runnable onDone) {
        return reply -> {
            expect(reply, ControlMessage.Done.class);
            onDone.run();
            return null;
        };
    }
}
