package org.sealroom.relay.forward;

import java.util.List;

/**
 * A hook on the forwarding path, for tests that play a hostile relay: it sees every payload before fan-out and
 * decides what is forwarded instead: the same (pass), nothing (drop), a changed copy (tamper, spoof a sender,
 * redirect) or several (replay). Not wired in production; see {@code RelayServer.start(config, interceptor)}.
 *
 * <p>Buffers: the input payload is borrowed for the call. Payload buffers in the returned list that are not the
 * input's buffer pass to the relay, which releases them after fan-out.
 */
@FunctionalInterface
public interface ForwardingInterceptor {
    List<ForwardedPayload> intercept(ForwardedPayload payload);
}
