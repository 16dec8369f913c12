package org.sealroom.client.remote;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sealroom.client.remote.RemoteControlMessage.Deny;
import org.sealroom.client.remote.RemoteControlMessage.Grant;
import org.sealroom.client.remote.RemoteControlMessage.Input;
import org.sealroom.client.remote.RemoteControlMessage.Request;
import org.sealroom.client.remote.RemoteControlMessage.Revoke;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.RemoteControl;
import org.sealroom.client.session.RemoteControlRequest;
import org.sealroom.client.session.RemoteControlStatus;
import org.sealroom.client.session.RemoteInput;
import org.sealroom.client.session.SessionListener;
import org.sealroom.protocol.meeting.DataType;
import org.sealroom.protocol.meeting.EpochView;
import org.sealroom.protocol.meeting.MeetingPeer;
import org.sealroom.protocol.meeting.ReceivedData;
import org.sealroom.protocol.meeting.RosterMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remote control in a live meeting: REMOTE_CONTROL messages sealed to one member each way, the sharer's
 * {@link RemoteControlHost} and the viewer's {@link RemoteControlViewer}. Its own thread injects input, expires
 * unanswered requests and sends coalesced pointer moves.
 */
public final class LiveRemoteControl implements RemoteControl, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveRemoteControl.class);

    /** What the meeting tells this about its screen share. */
    public interface ShareInfo {
        boolean sharing();

        /** The ids of the screens (not windows) that can be shared, in order. */
        List<String> screenSourceIds();
    }

    private final MeetingPeer peer;
    private final Consumer<Consumer<SessionListener>> listeners;
    private final Consumer<String> report;
    private final ShareInfo share;
    private final SharedAreas areas;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sealroom-remote-control");
        thread.setDaemon(true);
        return thread;
    });
    private final RemoteControlHost host;
    private final RemoteControlViewer viewer;
    private final Map<ParticipantId, Set<RejectReason>> reported = new HashMap<>();
    private volatile SharedAreas.Resolution sharedArea = SharedAreas.Resolution.none("not sharing a screen");

    /**
     * @param listeners calls each session listener
     * @param report    tells the user that remote-control input was refused (once per sender and reason)
     */
    public LiveRemoteControl(MeetingPeer peer, Consumer<Consumer<SessionListener>> listeners, Consumer<String> report,
                             ShareInfo share, SharedAreas areas, RemoteControlHost.InjectorFactory injectors) {
        this.peer = peer;
        this.listeners = listeners;
        this.report = report;
        this.share = share;
        this.areas = areas;
        SecureRandom random = new SecureRandom();
        host = new RemoteControlHost(injectors, new RemoteControlHost.Share() {
            @Override
            public boolean sharing() {
                return share.sharing();
            }

            @Override
            public SharedAreas.Resolution area() {
                return sharedArea;
            }
        }, this::send, new HostEvents(), this::onWorker, System::nanoTime, random::nextLong);
        viewer = new RemoteControlViewer(this::send, status -> changed(status), System::nanoTime);
        worker.scheduleWithFixedDelay(host::expireRequests, 1, 1, TimeUnit.SECONDS);
    }

    /** The real desktop of this machine, through {@link java.awt.Robot}. */
    public static LiveRemoteControl onThisMachine(MeetingPeer peer, Consumer<Consumer<SessionListener>> listeners,
                                                  Consumer<String> report, ShareInfo share) {
        return new LiveRemoteControl(peer, listeners, report, share, SharedAreas.ofThisMachine(),
                RobotInputInjector::create);
    }

    public RemoteControlCounters.Snapshot counters() {
        return host.counters().snapshot();
    }

    // ---- RemoteControl ----

    @Override
    public RemoteControlStatus status() {
        return host.controlled() ? host.status() : viewer.status();
    }

    @Override
    public List<RemoteControlRequest> pendingRequests() {
        return host.pendingRequests();
    }

    @Override
    public void requestControl(ParticipantId sharer) {
        String name = member((int) sharer.value()).map(RosterMember::displayName).orElse(sharer.toString());
        viewer.request(sharer, name);
    }

    @Override
    public void sendInput(RemoteInput input) {
        viewer.send(input).ifPresent(wait -> {
            try {
                worker.schedule(viewer::flush, wait, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                LOG.debug("remote control closed; a pointer move stays unsent");
            }
        });
    }

    @Override
    public void approve(RemoteControlRequest request) {
        host.approve(request);
    }

    @Override
    public void deny(RemoteControlRequest request) {
        host.deny(request);
    }

    @Override
    public void stopControl() {
        host.stop();
        viewer.release("gave control back");
    }

    // ---- from the meeting ----

    /** A new share: control of the previous picture ends; where the new one lies is found off the caller's thread. */
    public void shareStarted(String sourceId) {
        host.shareEnded("the shared screen changed");
        sharedArea = SharedAreas.Resolution.none("the share is starting");
        onWorker(() -> sharedArea = areas.resolve(sourceId, share::screenSourceIds));
    }

    public void shareStopped() {
        host.shareEnded("sharing stopped");
    }

    public void rosterChanged(EpochView view) {
        Set<ParticipantId> present = view.roster().members().stream()
                .map(m -> new ParticipantId(m.participantId())).collect(Collectors.toSet());
        host.membersChanged(present);
        viewer.membersChanged(present);
    }

    /** A REMOTE_CONTROL message arrived (already opened: only its addressee could). */
    public void received(ReceivedData data) {
        if (data.type() != DataType.REMOTE_CONTROL) {
            return;
        }
        ParticipantId from = new ParticipantId(data.sender());
        Optional<RosterMember> sender = member(data.sender());
        if (sender.isEmpty()) {
            refused(from, RejectReason.NOT_A_MEMBER);
            return;
        }
        RemoteControlMessage message;
        try {
            message = RemoteControlCodec.decode(data.body());
        } catch (IOException e) {
            LOG.info("dropped a malformed remote-control message from {}: {}", from, e.getMessage());
            refused(from, RejectReason.MALFORMED);
            return;
        }
        switch (message) {
            case Request r -> host.onRequest(from, sender.get().displayName(), r);
            case Input i -> host.onInput(from, i);
            case Grant g -> viewer.onGrant(from, g);
            case Deny d -> viewer.onDeny(from, d);
            case Revoke r -> {
                if (!host.onRevoke(from, r)) {
                    viewer.onRevoke(from, r);
                }
            }
        }
    }

    private void refused(ParticipantId from, RejectReason reason) {
        if (reason == RejectReason.NOT_A_MEMBER || reason == RejectReason.MALFORMED) {
            host.counters().rejected(reason);
        }
        boolean first;
        synchronized (reported) {
            first = reported.computeIfAbsent(from, id -> EnumSet.noneOf(RejectReason.class)).add(reason);
        }
        if (first) {
            String name = member((int) from.value()).map(RosterMember::displayName).orElse(from.toString());
            report.accept("Refused remote-control input from " + name + " (" + reason + "); further refusals "
                    + "are only counted.");
        }
    }

    private void onWorker(Runnable task) {
        try {
            worker.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.debug("remote control closed; input dropped");
        }
    }

    private Optional<RosterMember> member(int id) {
        return peer.view().flatMap(v -> v.roster().member(id));
    }

    private void send(ParticipantId to, RemoteControlMessage message) {
        peer.sendDataTo((int) to.value(), DataType.REMOTE_CONTROL, RemoteControlCodec.encode(message));
    }

    private void changed(RemoteControlStatus status) {
        listeners.accept(l -> l.remoteControlChanged(status));
    }

    private final class HostEvents implements RemoteControlHost.Events {
        @Override
        public void requested(RemoteControlRequest request) {
            listeners.accept(l -> l.remoteControlRequested(request));
        }

        @Override
        public void changed(RemoteControlStatus status) {
            LiveRemoteControl.this.changed(status);
        }

        @Override
        public void refused(ParticipantId from, RejectReason reason) {
            LiveRemoteControl.this.refused(from, reason);
        }
    }

    @Override
    public void close() {
        host.shareEnded("the meeting ended");
        worker.shutdown();
    }
}
