package org.sealroom.client.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.sealroom.client.remote.RemoteControlMessage.Deny;
import org.sealroom.client.remote.RemoteControlMessage.Grant;
import org.sealroom.client.remote.RemoteControlMessage.Input;
import org.sealroom.client.remote.RemoteControlMessage.Request;
import org.sealroom.client.remote.RemoteControlMessage.Revoke;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.RemoteControlStatus;
import org.sealroom.client.session.RemoteControlStatus.Mode;
import org.sealroom.client.session.RemoteInput;

class RemoteControlViewerTest {

    private static final ParticipantId ALICE = new ParticipantId(1);
    private final AtomicLong clock = new AtomicLong(5_000_000_000L);
    private final List<RemoteControlMessage> sent = new ArrayList<>();
    private final List<RemoteControlStatus> changes = new ArrayList<>();
    private final RemoteControlViewer viewer = new RemoteControlViewer((to, m) -> sent.add(m), changes::add, clock::get);

    @Test
    void requestsAndSendsNumberedInputOnlyOnceGranted() {
        assertThat(viewer.send(new RemoteInput.Wheel(1))).isEmpty();
        viewer.request(ALICE, "Alice");
        viewer.send(new RemoteInput.Wheel(1));
        assertThat(sent).containsExactly(new Request(1));
        assertThat(viewer.status()).isEqualTo(RemoteControlStatus.with(Mode.REQUESTING, ALICE, "Alice"));

        viewer.onGrant(ALICE, new Grant(1, 42));
        viewer.send(new RemoteInput.Key("A", true));
        viewer.send(new RemoteInput.Key("A", false));
        assertThat(sent).containsExactly(new Request(1), new Input(42, 1, new RemoteInput.Key("A", true)),
                new Input(42, 2, new RemoteInput.Key("A", false)));
        assertThat(viewer.status().mode()).isEqualTo(Mode.CONTROLLING);
    }

    @Test
    void pointerMovesAreCoalescedToSixtyASecond() {
        viewer.request(ALICE, "Alice");
        viewer.onGrant(ALICE, new Grant(1, 42));
        viewer.send(new RemoteInput.PointerMove(0.1, 0.1));
        clock.addAndGet(1_000_000);
        Optional<Long> wait = viewer.send(new RemoteInput.PointerMove(0.2, 0.2));
        assertThat(viewer.send(new RemoteInput.PointerMove(0.3, 0.3))).as("one flush is scheduled").isEmpty();
        assertThat(wait).contains(RemoteControlViewer.MOVE_INTERVAL_NANOS - 1_000_000);

        viewer.flush();
        assertThat(sent).containsExactly(new Request(1), new Input(42, 1, new RemoteInput.PointerMove(0.1, 0.1)),
                new Input(42, 2, new RemoteInput.PointerMove(0.3, 0.3)));

        viewer.send(new RemoteInput.PointerMove(0.4, 0.4));
        viewer.send(new RemoteInput.PointerButton(1, true, 0.4, 0.4));
        assertThat(sent).as("a click goes after the move it follows").endsWith(
                new Input(42, 3, new RemoteInput.PointerMove(0.4, 0.4)),
                new Input(42, 4, new RemoteInput.PointerButton(1, true, 0.4, 0.4)));
    }

    @Test
    void denialRevokeAndReleaseEndInIdleWithTheReason() {
        viewer.request(ALICE, "Alice");
        viewer.onDeny(ALICE, new Deny(1, "the sharer declined"));
        assertThat(changes.getLast()).isEqualTo(RemoteControlStatus.idle("denied: the sharer declined"));

        viewer.request(ALICE, "Alice");
        viewer.onGrant(ALICE, new Grant(2, 77));
        assertThat(viewer.onRevoke(ALICE, new Revoke(76, "old"))).isFalse();
        assertThat(viewer.onRevoke(ALICE, new Revoke(77, "sharing stopped"))).isTrue();
        assertThat(changes.getLast()).isEqualTo(RemoteControlStatus.idle("sharing stopped"));

        viewer.request(ALICE, "Alice");
        viewer.onGrant(ALICE, new Grant(3, 78));
        viewer.release("gave control back");
        assertThat(sent.getLast()).isEqualTo(new Revoke(78, "gave control back"));
        assertThat(viewer.status()).isEqualTo(RemoteControlStatus.idle("gave control back"));
    }

    @Test
    void anUnwantedGrantIsGivenStraightBack() {
        viewer.onGrant(ALICE, new Grant(1, 99));
        assertThat(sent).containsExactly(new Revoke(99, "no longer wanted"));
        assertThat(viewer.status()).isEqualTo(RemoteControlStatus.IDLE);
    }

    @Test
    void theSharerLeavingEndsControl() {
        viewer.request(ALICE, "Alice");
        viewer.onGrant(ALICE, new Grant(1, 5));
        viewer.membersChanged(Set.of(new ParticipantId(2)));
        assertThat(changes.getLast()).isEqualTo(RemoteControlStatus.idle("Alice left the meeting"));
    }
}
