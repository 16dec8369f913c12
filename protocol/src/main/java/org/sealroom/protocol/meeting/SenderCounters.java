package org.sealroom.protocol.meeting;

import java.util.concurrent.atomic.LongAdder;
import org.sealroom.crypto.sframe.ReceiverStats;
import org.sealroom.crypto.sframe.SFrameReceiver;

/** What arrived from one participant, for {@code --stats-json} and the UI. */
final class SenderCounters {

    final SFrameReceiver receiver;
    final LongAdder received = new LongAdder();
    final LongAdder injected = new LongAdder();

    SenderCounters(SFrameReceiver receiver) {
        this.receiver = receiver;
    }

    SenderStats snapshot(int participantId) {
        ReceiverStats stats = receiver.stats();
        return new SenderStats(participantId, received.sum(), stats.accepted(), stats.authenticationFailed(),
                stats.replayed() + stats.tooOld(), stats.unknownKey() - injected.sum(), injected.sum(),
                stats.malformed());
    }
}
