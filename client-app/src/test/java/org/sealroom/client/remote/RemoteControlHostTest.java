package org.sealroom.client.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.sealroom.client.remote.RemoteControlMessage.Deny;
import org.sealroom.client.remote.RemoteControlMessage.Grant;
import org.sealroom.client.remote.RemoteControlMessage.Input;
import org.sealroom.client.remote.RemoteControlMessage.Request;
import org.sealroom.client.remote.RemoteControlMessage.Revoke;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.RemoteControlRequest;
import org.sealroom.client.session.RemoteControlStatus;
import org.sealroom.client.session.RemoteInput;

class RemoteControlHostTest {

    private static final ParticipantId BOB = new ParticipantId(2);
    private static final ParticipantId EVE = new ParticipantId(3);
    private static final ScreenArea SCREEN = new ScreenArea(0, 0, 1024, 768);

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final AtomicLong grantIds = new AtomicLong(500);
    private final List<String> injected = new ArrayList<>();
    private final List<Sent> sent = new ArrayList<>();
    private final List<RemoteControlRequest> asked = new ArrayList<>();
    private final List<RemoteControlStatus> changes = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    private boolean sharing = true;
    private SharedAreas.Resolution area = SharedAreas.Resolution.of(SCREEN);
    private RuntimeException injectorFailure;

    private record Sent(ParticipantId to, RemoteControlMessage message) {}

    private final InputInjector recorder = new InputInjector() {
        @Override
        public void pointerMove(int x, int y) {
            record("move " + x + "," + y);
        }

        @Override
        public void buttonPress(int button) {
            record("press button " + button);
        }

        @Override
        public void buttonRelease(int button) {
            record("release button " + button);
        }

        @Override
        public void wheel(int clicks) {
            record("wheel " + clicks);
        }

        @Override
        public void keyPress(int keyCode) {
            record("press key " + keyCode);
        }

        @Override
        public void keyRelease(int keyCode) {
            record("release key " + keyCode);
        }

        private void record(String what) {
            if (injectorFailure != null) {
                throw injectorFailure;
            }
            injected.add(what);
        }
    };

    private final RemoteControlHost host = host(() -> recorder);

    private RemoteControlHost host(RemoteControlHost.InjectorFactory injectors) {
        return new RemoteControlHost(injectors, new RemoteControlHost.Share() {
            @Override
            public boolean sharing() {
                return sharing;
            }

            @Override
            public SharedAreas.Resolution area() {
                return area;
            }
        }, (to, message) -> sent.add(new Sent(to, message)), new RemoteControlHost.Events() {
            @Override
            public void requested(RemoteControlRequest request) {
                asked.add(request);
            }

            @Override
            public void changed(RemoteControlStatus status) {
                changes.add(status);
            }

            @Override
            public void refused(ParticipantId from, RejectReason reason) {
                refusals.add(from + " " + reason);
            }
        }, Runnable::run, clock::get, grantIds::incrementAndGet);
    }

    private static Input move(long grant, long sequence, double x, double y) {
        return new Input(grant, sequence, new RemoteInput.PointerMove(x, y));
    }

    private long grantBob() {
        host.onRequest(BOB, "Bob", new Request(1));
        host.approve(asked.getLast());
        return ((Grant) sent.getLast().message()).grantId();
    }

    @Test
    void aRequestIsNeverGrantedWithoutAnAnswerAndInputWithoutAGrantIsRejected() {
        host.onRequest(BOB, "Bob", new Request(1));
        host.onInput(BOB, move(501, 1, 0.25, 0.75));

        assertThat(asked).containsExactly(new RemoteControlRequest(BOB, "Bob", 1));
        assertThat(sent).isEmpty();
        assertThat(injected).isEmpty();
        assertThat(host.status()).isEqualTo(RemoteControlStatus.IDLE);
        assertThat(host.counters().snapshot().rejected()).containsEntry(RejectReason.NO_GRANT, 1L);
        assertThat(refusals).containsExactly("#2 NO_GRANT");
    }

    @Test
    void afterApprovalInputFromTheGranteeLandsOnTheMappedPixel() {
        long grant = grantBob();
        host.onInput(BOB, move(grant, 1, 0.25, 0.75));
        host.onInput(BOB, new Input(grant, 2, new RemoteInput.PointerButton(1, true, 0.5, 0.5)));
        host.onInput(BOB, new Input(grant, 3, new RemoteInput.PointerButton(1, false, 0.5, 0.5)));
        host.onInput(BOB, new Input(grant, 4, new RemoteInput.Key("A", true)));
        host.onInput(BOB, new Input(grant, 5, new RemoteInput.Key("A", false)));
        host.onInput(BOB, new Input(grant, 6, new RemoteInput.Wheel(3)));

        assertThat(sent).containsExactly(new Sent(BOB, new Grant(1, grant)));
        assertThat(host.status()).isEqualTo(RemoteControlStatus.with(RemoteControlStatus.Mode.CONTROLLED, BOB, "Bob"));
        assertThat(injected).containsExactly("move 256,576", "move 512,384", "press button 1", "move 512,384",
                "release button 1", "press key " + KeyEvent.VK_A, "release key " + KeyEvent.VK_A, "wheel 3");
        RemoteControlCounters.Snapshot counters = host.counters().snapshot();
        assertThat(counters.granted()).isEqualTo(1);
        assertThat(counters.injected()).isEqualTo(6);
        assertThat(counters.rejectedTotal()).isZero();
    }

    @Test
    void inputFromOthersUnderOldGrantsOutOfOrderOrWithUnknownKeysIsRejectedAndCounted() {
        long grant = grantBob();
        host.onInput(EVE, move(grant, 1, 0.1, 0.1));
        host.onInput(BOB, move(grant + 1, 1, 0.1, 0.1));
        host.onInput(BOB, move(grant, 5, 0.1, 0.1));
        host.onInput(BOB, move(grant, 5, 0.2, 0.2));
        host.onInput(BOB, move(grant, 4, 0.3, 0.3));
        host.onInput(BOB, new Input(grant, 6, new RemoteInput.Key("POWER", true)));

        assertThat(injected).containsExactly("move 102,76");
        assertThat(host.counters().snapshot().rejected()).containsEntry(RejectReason.WRONG_GRANT, 2L)
                .containsEntry(RejectReason.OUT_OF_ORDER, 2L).containsEntry(RejectReason.UNKNOWN_KEY, 1L);
        assertThat(host.status().mode()).isEqualTo(RemoteControlStatus.Mode.CONTROLLED);
    }

    @Test
    void anUnansweredRequestExpiresWithADenial() {
        host.onRequest(BOB, "Bob", new Request(4));
        clock.addAndGet(RemoteControlHost.REQUEST_TIMEOUT.toNanos() - 1);
        host.expireRequests();
        assertThat(sent).isEmpty();

        clock.addAndGet(1);
        host.expireRequests();
        host.approve(asked.getLast());

        assertThat(sent).containsExactly(new Sent(BOB, new Deny(4, "no answer in time")));
        assertThat(host.pendingRequests()).isEmpty();
        assertThat(host.status()).isEqualTo(RemoteControlStatus.IDLE);
    }

    @Test
    void theSharerCanDenyAndRequestsAreRefusedAtOnceWhenNotSharing() {
        host.onRequest(BOB, "Bob", new Request(1));
        host.deny(asked.getLast());
        sharing = false;
        host.onRequest(BOB, "Bob", new Request(2));

        assertThat(sent).containsExactly(new Sent(BOB, new Deny(1, "the sharer declined")),
                new Sent(BOB, new Deny(2, "not sharing a screen")));
        assertThat(asked).hasSize(1);
        assertThat(host.counters().snapshot().denied()).isEqualTo(2);
    }

    @Test
    void aSharedWindowCannotBeControlledAndTheViewerHearsWhyAtOnce() {
        area = SharedAreas.Resolution.none("only shared screens can be controlled, not windows");
        host.onRequest(BOB, "Bob", new Request(1));
        assertThat(asked).as("the sharer is not asked in vain").isEmpty();
        assertThat(sent).containsExactly(
                new Sent(BOB, new Deny(1, "only shared screens can be controlled, not windows")));
    }

    @Test
    void aMachineWithoutDisplayDeniesWithTheReason() {
        RemoteControlHost headless = host(() -> {
            throw new InjectorUnavailableException("Remote control is unavailable on this machine: headless");
        });
        headless.onRequest(BOB, "Bob", new Request(1));
        assertThat(sent).containsExactly(
                new Sent(BOB, new Deny(1, "Remote control is unavailable on this machine: headless")));
        assertThat(asked).isEmpty();
    }

    @Test
    void stoppingRevokesAndLaterInputIsRejectedAgain() {
        long grant = grantBob();
        host.onInput(BOB, new Input(grant, 1, new RemoteInput.Key("SHIFT", true)));
        host.onInput(BOB, new Input(grant, 2, new RemoteInput.PointerButton(3, true, 0, 0)));
        host.stop();
        host.onInput(BOB, move(grant, 3, 0.5, 0.5));

        assertThat(sent.getLast()).isEqualTo(new Sent(BOB, new Revoke(grant, "control was taken back")));
        assertThat(changes.getLast()).isEqualTo(RemoteControlStatus.idle("control was taken back"));
        assertThat(injected).as("what the viewer held down is let go")
                .endsWith("release key " + KeyEvent.VK_SHIFT, "release button 3").doesNotContain("move 512,384");
        assertThat(host.counters().snapshot().rejected()).containsEntry(RejectReason.NO_GRANT, 1L);
    }

    @Test
    void theViewerGivesControlBackButOthersCannotRevokeIt() {
        long grant = grantBob();
        assertThat(host.onRevoke(EVE, new Revoke(grant, "forged"))).isTrue();
        assertThat(host.status().mode()).isEqualTo(RemoteControlStatus.Mode.CONTROLLED);
        assertThat(host.onRevoke(BOB, new Revoke(grant + 7, "not this one"))).isFalse();

        assertThat(host.onRevoke(BOB, new Revoke(grant, "done"))).isTrue();
        assertThat(host.status()).isEqualTo(RemoteControlStatus.idle("Bob gave control back"));
        assertThat(changes.getLast()).isEqualTo(RemoteControlStatus.idle("Bob gave control back"));
        assertThat(sent).hasSize(1); // only the grant: nobody is told twice
    }

    @Test
    void controlEndsWhenSharingStopsOrTheViewerLeaves() {
        long grant = grantBob();
        host.onRequest(EVE, "Eve", new Request(9));
        host.shareEnded("sharing stopped");
        assertThat(sent).contains(new Sent(BOB, new Revoke(grant, "sharing stopped")),
                new Sent(EVE, new Deny(9, "Bob is in control")));
        assertThat(host.status()).isEqualTo(RemoteControlStatus.idle("sharing stopped"));

        long second = grantBob();
        host.membersChanged(java.util.Set.of(new ParticipantId(1)));
        assertThat(changes.getLast()).isEqualTo(RemoteControlStatus.idle("Bob left the meeting"));
        host.onInput(BOB, move(second, 1, 0.5, 0.5));
        assertThat(injected).isEmpty();
    }

    @Test
    void aShareThatStopsOnItsOwnEndsControlAtTheNextEvent() {
        long grant = grantBob();
        sharing = false;
        host.onInput(BOB, move(grant, 1, 0.5, 0.5));
        assertThat(injected).isEmpty();
        assertThat(sent.getLast()).isEqualTo(new Sent(BOB, new Revoke(grant, "sharing stopped")));
    }

    @Test
    void inputBeyondTheRateLimitIsDroppedAndCounted() {
        long grant = grantBob();
        int sequence = 0;
        for (int i = 0; i < 300; i++) {
            host.onInput(BOB, move(grant, ++sequence, 0.5, 0.5));
        }
        assertThat(host.counters().snapshot().injected()).isEqualTo(RemoteControlHost.BURST);
        assertThat(host.counters().snapshot().rateLimited()).isEqualTo(300 - RemoteControlHost.BURST);

        clock.addAndGet(1_000_000_000L); // one second refills RATE_PER_SECOND tokens
        for (int i = 0; i < 200; i++) {
            host.onInput(BOB, move(grant, ++sequence, 0.5, 0.5));
        }
        assertThat(host.counters().snapshot().injected())
                .isEqualTo(RemoteControlHost.BURST + RemoteControlHost.RATE_PER_SECOND);
        assertThat(host.counters().snapshot().rejectedTotal()).isZero();
    }

    @Test
    void anInjectorFailureEndsControlWithoutCrashing() {
        long grant = grantBob();
        injectorFailure = new IllegalStateException("X server went away");
        host.onInput(BOB, move(grant, 1, 0.5, 0.5));
        assertThat(host.status().mode()).isEqualTo(RemoteControlStatus.Mode.IDLE);
        assertThat(sent.getLast()).isEqualTo(new Sent(BOB,
                new Revoke(grant, "this machine refused the input: X server went away")));
    }
}
