package org.sealroom.client.remote;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import org.sealroom.client.collab.TokenBucket;
import org.sealroom.client.remote.RemoteControlMessage.Deny;
import org.sealroom.client.remote.RemoteControlMessage.Grant;
import org.sealroom.client.remote.RemoteControlMessage.Input;
import org.sealroom.client.remote.RemoteControlMessage.Request;
import org.sealroom.client.remote.RemoteControlMessage.Revoke;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.RemoteControlRequest;
import org.sealroom.client.session.RemoteControlStatus;
import org.sealroom.client.session.RemoteInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sharer's side of remote control. Requests wait for an explicit answer and expire after
 * {@link #REQUEST_TIMEOUT}; at most one viewer holds a grant. Input is taken only from that viewer, under that grant,
 * in sequence order, within the rate limit ({@value #RATE_PER_SECOND}/s, bursts of {@value #BURST}), and while the
 * screen is still shared; everything else is dropped, counted and reported. Control ends at once on stop, revoke,
 * share stop, the viewer leaving, or a failure to inject; keys and buttons the viewer held are released then.
 */
public final class RemoteControlHost {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteControlHost.class);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    static final int RATE_PER_SECOND = 120;
    static final int BURST = 240;
    static final int MAX_PENDING = 8;

    /** Sends one message, sealed to one participant. */
    public interface Outbox {
        void send(ParticipantId to, RemoteControlMessage message);
    }

    /** What the sharer's front end hears. */
    public interface Events {
        void requested(RemoteControlRequest request);

        void changed(RemoteControlStatus status);

        void refused(ParticipantId from, RejectReason reason);
    }

    /** The local share: whether one runs, and where it lies on the desktop. */
    public interface Share {
        boolean sharing();

        SharedAreas.Resolution area();
    }

    /** Makes the injector when first needed; throws {@link InjectorUnavailableException} when it cannot. */
    public interface InjectorFactory {
        InputInjector create();
    }

    private record Pending(RemoteControlRequest request, long expiresAt) {}

    private static final class Control {
        final ParticipantId viewer;
        final String name;
        final long grantId;
        final ScreenArea area;
        final TokenBucket bucket;
        final Set<Integer> keysDown = new HashSet<>();
        final Set<Integer> buttonsDown = new HashSet<>();
        long lastSequence;

        Control(ParticipantId viewer, String name, long grantId, ScreenArea area, TokenBucket bucket) {
            this.viewer = viewer;
            this.name = name;
            this.grantId = grantId;
            this.area = area;
            this.bucket = bucket;
        }
    }

    private final InjectorFactory injectors;
    private final Share share;
    private final Outbox out;
    private final Events events;
    private final Executor injection;
    private final LongSupplier nanoTime;
    private final LongSupplier grantIds;
    private final RemoteControlCounters counters = new RemoteControlCounters();
    private final Map<ParticipantId, Pending> pending = new LinkedHashMap<>();
    private InputInjector injector;
    private String injectorMissing;
    private Control control;
    private String lastReason = "";

    /**
     * @param injection runs injections in order, off the network thread
     * @param grantIds  fresh unpredictable grant ids
     */
    public RemoteControlHost(InjectorFactory injectors, Share share, Outbox out, Events events, Executor injection,
                             LongSupplier nanoTime, LongSupplier grantIds) {
        this.injectors = injectors;
        this.share = share;
        this.out = out;
        this.events = events;
        this.injection = injection;
        this.nanoTime = nanoTime;
        this.grantIds = grantIds;
    }

    public RemoteControlCounters counters() {
        return counters;
    }

    public synchronized RemoteControlStatus status() {
        return control == null ? RemoteControlStatus.idle(lastReason)
                : RemoteControlStatus.with(RemoteControlStatus.Mode.CONTROLLED, control.viewer, control.name);
    }

    public synchronized boolean controlled() {
        return control != null;
    }

    public synchronized List<RemoteControlRequest> pendingRequests() {
        return pending.values().stream().map(Pending::request).toList();
    }

    /** A viewer asks; it is refused at once when control is impossible, else waits for the sharer's answer. */
    public synchronized void onRequest(ParticipantId from, String name, Request request) {
        counters.requested();
        Optional<String> refusal = whyNot(from);
        if (refusal.isPresent()) {
            refuse(from, request.requestId(), refusal.get());
            return;
        }
        if (!pending.containsKey(from) && pending.size() >= MAX_PENDING) {
            refuse(from, request.requestId(), "too many open requests");
            return;
        }
        RemoteControlRequest asked = new RemoteControlRequest(from, name, request.requestId());
        pending.put(from, new Pending(asked, nanoTime.getAsLong() + REQUEST_TIMEOUT.toNanos()));
        events.requested(asked);
    }

    private Optional<String> whyNot(ParticipantId from) {
        if (!share.sharing()) {
            return Optional.of("not sharing a screen");
        }
        if (control != null && !control.viewer.equals(from)) {
            return Optional.of(control.name + " is in control");
        }
        SharedAreas.Resolution area = share.area();
        if (area.area().isEmpty()) {
            return Optional.of(area.whyNot());
        }
        if (injector == null && injectorMissing == null) {
            try {
                injector = injectors.create();
            } catch (InjectorUnavailableException e) {
                injectorMissing = e.getMessage();
            }
        }
        return Optional.ofNullable(injectorMissing);
    }

    /** The sharer said yes: the request's sender controls the screen until stopped. */
    public synchronized void approve(RemoteControlRequest request) {
        Pending asked = pending.get(request.from());
        if (asked == null || !asked.request().equals(request)) {
            return; // expired or answered already
        }
        pending.remove(request.from());
        Optional<String> refusal = whyNot(request.from());
        if (refusal.isPresent()) {
            refuse(request.from(), request.requestId(), refusal.get());
            return;
        }
        if (control != null) {
            end("control was granted again", true);
        }
        control = new Control(request.from(), request.displayName(), grantIds.getAsLong(),
                share.area().area().orElseThrow(),
                new TokenBucket(RATE_PER_SECOND, BURST, nanoTime));
        counters.granted();
        out.send(request.from(), new Grant(request.requestId(), control.grantId));
        events.changed(status());
    }

    /** The sharer said no. */
    public synchronized void deny(RemoteControlRequest request) {
        Pending asked = pending.get(request.from());
        if (asked != null && asked.request().equals(request)) {
            pending.remove(request.from());
            refuse(request.from(), request.requestId(), "the sharer declined");
        }
    }

    /** Answers requests nobody answered in time with a denial; call it now and then. */
    public synchronized void expireRequests() {
        long now = nanoTime.getAsLong();
        List<Pending> expired = new ArrayList<>();
        pending.values().removeIf(p -> now - p.expiresAt() >= 0 && expired.add(p));
        expired.forEach(p -> refuse(p.request().from(), p.request().requestId(), "no answer in time"));
        if (!expired.isEmpty()) {
            events.changed(status());
        }
    }

    public synchronized void onInput(ParticipantId from, Input input) {
        Optional<RejectReason> reject = check(from, input);
        if (reject.isPresent()) {
            counters.rejected(reject.get());
            events.refused(from, reject.get());
            return;
        }
        control.lastSequence = input.sequence();
        if (!control.bucket.tryTake()) {
            counters.rateLimited();
            return;
        }
        if (!share.sharing()) {
            end("sharing stopped", true);
            return;
        }
        inject(control, input.event());
    }

    private Optional<RejectReason> check(ParticipantId from, Input input) {
        if (control == null) {
            return Optional.of(RejectReason.NO_GRANT);
        }
        if (!control.viewer.equals(from) || control.grantId != input.grantId()) {
            return Optional.of(RejectReason.WRONG_GRANT);
        }
        if (input.sequence() <= control.lastSequence) {
            return Optional.of(RejectReason.OUT_OF_ORDER);
        }
        if (input.event() instanceof RemoteInput.Key key && !KeyVocabulary.contains(key.key())) {
            return Optional.of(RejectReason.UNKNOWN_KEY);
        }
        return Optional.empty();
    }

    private void inject(Control to, RemoteInput event) {
        InputInjector target = injector;
        Runnable action = switch (event) {
            case RemoteInput.PointerMove m -> () -> move(target, to.area.pixelAt(m.x(), m.y()));
            case RemoteInput.PointerButton b -> {
                boolean changed = b.pressed() ? to.buttonsDown.add(b.button()) : to.buttonsDown.remove(b.button());
                ScreenArea.Pixel at = to.area.pixelAt(b.x(), b.y());
                yield () -> {
                    move(target, at);
                    if (changed && b.pressed()) {
                        target.buttonPress(b.button());
                    } else if (changed) {
                        target.buttonRelease(b.button());
                    }
                };
            }
            case RemoteInput.Wheel w -> () -> target.wheel(w.clicks());
            case RemoteInput.Key k -> {
                int code = KeyVocabulary.awtKeyCode(k.key()).orElseThrow();
                boolean changed = k.pressed() ? to.keysDown.add(code) : to.keysDown.remove(code);
                yield () -> {
                    if (changed && k.pressed()) {
                        target.keyPress(code);
                    } else if (changed) {
                        target.keyRelease(code);
                    }
                };
            }
        };
        long grant = to.grantId;
        injection.execute(() -> {
            try {
                action.run();
                counters.injected();
            } catch (RuntimeException e) {
                injectionFailed(grant, e);
            }
        });
    }

    private static void move(InputInjector target, ScreenArea.Pixel at) {
        target.pointerMove(at.x(), at.y());
    }

    private synchronized void injectionFailed(long grantId, RuntimeException e) {
        if (control != null && control.grantId == grantId) {
            end("this machine refused the input: " + e.getMessage(), true);
        }
    }

    /** A revoke for the current grant from its viewer ends control; true when it was ours to handle. */
    public synchronized boolean onRevoke(ParticipantId from, Revoke revoke) {
        if (control == null || control.grantId != revoke.grantId()) {
            return false;
        }
        if (!control.viewer.equals(from)) {
            counters.rejected(RejectReason.WRONG_GRANT);
            events.refused(from, RejectReason.WRONG_GRANT);
            return true;
        }
        end(control.name + " gave control back", false);
        return true;
    }

    /** The sharer takes control back (button, key, command). */
    public synchronized void stop() {
        if (control != null) {
            end("control was taken back", true);
        }
    }

    /** The share ended or changed: control ends and open requests are refused. */
    public synchronized void shareEnded(String reason) {
        pending.values().forEach(p -> refuse(p.request().from(), p.request().requestId(), reason));
        boolean hadRequests = !pending.isEmpty();
        pending.clear();
        if (control != null) {
            end(reason, true);
        } else if (hadRequests) {
            events.changed(status());
        }
    }

    /** Control and requests of participants who left are dropped. */
    public synchronized void membersChanged(Set<ParticipantId> present) {
        boolean dropped = pending.keySet().removeIf(id -> !present.contains(id));
        if (control != null && !present.contains(control.viewer)) {
            end(control.name + " left the meeting", false);
        } else if (dropped) {
            events.changed(status());
        }
    }

    private void end(String reason, boolean tellViewer) {
        Control ended = control;
        control = null;
        if (tellViewer) {
            out.send(ended.viewer, new Revoke(ended.grantId, reason));
        }
        releaseHeld(ended);
        lastReason = reason;
        events.changed(status());
    }

    /** Nothing the viewer held down stays down on the sharer's machine. */
    private void releaseHeld(Control ended) {
        InputInjector target = injector;
        Set<Integer> keys = Set.copyOf(ended.keysDown);
        Set<Integer> buttons = Set.copyOf(ended.buttonsDown);
        if (target == null || keys.isEmpty() && buttons.isEmpty()) {
            return;
        }
        injection.execute(() -> {
            try {
                keys.forEach(target::keyRelease);
                buttons.forEach(target::buttonRelease);
            } catch (RuntimeException e) {
                LOG.warn("could not release held input after remote control: {}", e.toString());
            }
        });
    }

    private void refuse(ParticipantId to, long requestId, String reason) {
        counters.denied();
        out.send(to, new Deny(requestId, reason));
    }
}
