package org.sealroom.media.device;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a native call that may hang or fail on a machine without the device (webrtc-java's audio enumeration blocks
 * forever when no sound server runs) on its own daemon thread, and turns a timeout, exception or linkage error into a
 * {@link NativeCallException}. A call that hangs keeps its daemon thread, which cannot be stopped, but the app goes on.
 */
public final class GuardedCall {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    private GuardedCall() {
    }

    public static <T> T call(String what, Callable<T> body) {
        return call(what, DEFAULT_TIMEOUT, body);
    }

    public static <T> T call(String what, Duration timeout, Callable<T> body) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(body.call());
            } catch (Exception | LinkageError e) {
                result.completeExceptionally(e);
            }
        }, "sealroom-native-" + what.replace(' ', '-'));
        thread.setDaemon(true);
        thread.start();
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new NativeCallException(what + " did not answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new NativeCallException(what + " failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NativeCallException(what + " was interrupted", e);
        }
    }
}
