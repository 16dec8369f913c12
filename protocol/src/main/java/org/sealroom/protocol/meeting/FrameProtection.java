package org.sealroom.protocol.meeting;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sealroom.crypto.CryptoException;
import org.sealroom.crypto.LimitExhaustedException;
import org.sealroom.crypto.MalformedDataException;
import org.sealroom.crypto.UnknownKeyException;
import org.sealroom.crypto.epoch.Epoch;
import org.sealroom.crypto.epoch.EpochKeyRing;
import org.sealroom.crypto.epoch.EpochKeys;
import org.sealroom.crypto.epoch.KeyId;
import org.sealroom.crypto.epoch.MeetingKey;
import org.sealroom.crypto.epoch.StreamKind;
import org.sealroom.crypto.epoch.SuitePolicy;
import org.sealroom.crypto.sframe.SFrameKeyResolver;
import org.sealroom.crypto.sframe.SFrameReceiver;
import org.sealroom.crypto.sframe.SFrameSender;

/**
 * SFrame for one member (docs/protocol.md section 5): receive keys for the current and previous epoch, this
 * member's senders for the epoch it sends under, and per-sender receive counters. A received frame must carry a KID
 * whose sender index belongs, in that epoch's roster, to the participant the relay says sent it.
 */
final class FrameProtection implements AutoCloseable {

    static final SuitePolicy SUITES = SuitePolicy.DEFAULT;
    private static final int EPOCH_SLOTS = 1 << KeyId.EPOCH_BITS;

    private final EpochKeyRing ring = new EpochKeyRing(SUITES);
    /** Relay id to sender index, by the epoch bits of the KID, for the current and previous epoch. */
    @SuppressWarnings("unchecked")
    private final Map<Integer, Integer>[] senderIndexes = new Map[EPOCH_SLOTS];
    private final Map<Integer, SenderCounters> counters = new ConcurrentHashMap<>();
    private volatile SendState send;

    /** This member's senders for one epoch, one per stream. */
    private record SendState(Epoch epoch, Map<StreamKind, SFrameSender> senders) {}

    /**
     * Accepts frames of {@code epoch} from the senders in {@code senders} (relay id to sender index). Before the
     * roster arrives that is only the host, so the roster itself can be read.
     */
    synchronized void installReceive(Epoch epoch, MeetingKey key, Map<Integer, Integer> senders) {
        Decoding.checked(() -> {
            ring.install(epoch, key);
            return null;
        });
        updateSenders(epoch, senders);
    }

    void updateSenders(Epoch epoch, Map<Integer, Integer> senders) {
        senderIndexes[KeyId.epochBits(epoch)] = Map.copyOf(senders);
    }

    static Map<Integer, Integer> senderMap(Roster roster) {
        Map<Integer, Integer> map = new HashMap<>();
        roster.members().forEach(m -> map.put(m.participantId(), m.senderIndex()));
        return map;
    }

    /** Starts sending under {@code epoch} with sender index {@code ownIndex}. */
    synchronized void activateSend(Epoch epoch, MeetingKey key, int ownIndex) {
        SendState current = send;
        if (current != null && !epoch.isAfter(current.epoch())) {
            // Fresh senders start their counters at 0: doing that twice under one key would reuse nonces.
            throw new IllegalStateException("already sending under epoch " + current.epoch().value());
        }
        try (EpochKeys keys = EpochKeys.derive(epoch, key)) {
            Map<StreamKind, SFrameSender> senders = new EnumMap<>(StreamKind.class);
            for (StreamKind stream : StreamKind.values()) {
                senders.put(stream, keys.newSender(ownIndex, stream, SUITES));
            }
            send = new SendState(epoch, senders);
        }
    }

    Optional<Epoch> sendEpoch() {
        SendState state = send;
        return state == null ? Optional.empty() : Optional.of(state.epoch());
    }

    Optional<Epoch> receiveEpoch() {
        return ring.currentEpoch();
    }

    /** {@code 0x01 ‖ SFrame(type ‖ body)}. */
    byte[] protectData(DataType type, byte[] body) {
        byte[] plaintext = new byte[body.length + 1];
        plaintext[0] = (byte) type.code();
        System.arraycopy(body, 0, plaintext, 1, body.length);
        // The type byte leads the plaintext, so SFrame authenticates it without extra metadata.
        return protect(StreamKind.DATA, plaintext, null, PayloadKind.DATA.code());
    }

    /** An SFrame frame for a media datagram; the stream kind is the metadata. */
    byte[] protectMedia(StreamKind stream, byte[] payload) {
        return protect(stream, payload, new byte[] {(byte) stream.context()}, -1);
    }

    private byte[] protect(StreamKind stream, byte[] plaintext, byte[] metadata, int prefix) {
        SendState state = send;
        if (state == null) {
            throw new IllegalStateException("no epoch to send under yet");
        }
        SFrameSender sender = state.senders().get(stream);
        int offset = prefix >= 0 ? 1 : 0;
        ByteBuffer out = ByteBuffer.allocate(offset + sender.maxProtectedLength(plaintext.length));
        if (prefix >= 0) {
            out.put((byte) prefix);
        }
        synchronized (sender) {
            try {
                sender.protect(ByteBuffer.wrap(plaintext), metadata == null ? null : ByteBuffer.wrap(metadata), out);
            } catch (LimitExhaustedException e) {
                throw new IllegalStateException("SFrame counter exhausted: a rekey is overdue", e);
            }
        }
        return out.position() == out.capacity() ? out.array() : Arrays.copyOf(out.array(), out.position());
    }

    /** Decrypts a data message; returns its type and body. */
    ReceivedData unprotectData(int sender, byte[] payload) throws CryptoException {
        ByteBuffer frame = ByteBuffer.wrap(payload, 1, payload.length - 1);
        byte[] plain = unprotect(sender, frame, null);
        if (plain.length == 0) {
            throw new MalformedDataException("empty data message");
        }
        DataType type = DataType.of(plain[0]);
        byte[] body = Arrays.copyOfRange(plain, 1, plain.length);
        return new ReceivedData(sender, type, body);
    }

    byte[] unprotectMedia(int sender, StreamKind stream, byte[] payload) throws CryptoException {
        return unprotect(sender, ByteBuffer.wrap(payload), ByteBuffer.wrap(new byte[] {(byte) stream.context()}));
    }

    private byte[] unprotect(int sender, ByteBuffer frame, ByteBuffer metadata) throws CryptoException {
        SenderCounters counts = counters.computeIfAbsent(sender, id -> newCounters(id));
        counts.received.increment();
        ByteBuffer out = ByteBuffer.allocate(frame.remaining());
        counts.receiver.unprotect(frame, metadata, out);
        return Arrays.copyOf(out.array(), out.position());
    }

    private SenderCounters newCounters(int participantId) {
        SenderCounters[] holder = new SenderCounters[1];
        SFrameKeyResolver checked = kid -> {
            Map<Integer, Integer> senders = senderIndexes[KeyId.epochBitsOf(kid)];
            int index = (int) ((kid >>> KeyId.EPOCH_BITS) & KeyId.MAX_SENDER_INDEX);
            Integer expected = senders == null ? null : senders.get(participantId);
            if (senders == null) {
                throw UnknownKeyException.onFramePath("SFrame: no key for this KID's epoch");
            }
            if (expected == null || expected != index) {
                holder[0].injected.increment();
                throw UnknownKeyException.onFramePath("SFrame: KID names another sender than the relay reports");
            }
            return ring.resolve(kid);
        };
        holder[0] = new SenderCounters(new SFrameReceiver(checked));
        return holder[0];
    }

    List<SenderStats> stats() {
        List<SenderStats> out = new ArrayList<>();
        counters.forEach((id, c) -> out.add(c.snapshot(id)));
        out.sort(Comparator.comparingInt(SenderStats::participantId));
        return out;
    }

    @Override
    public synchronized void close() {
        ring.close();
        send = null;
    }
}
