package org.sealroom.client.collab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sealroom.client.testing.RelayMeetings.await;

import io.netty.buffer.Unpooled;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.client.session.ChatMessage;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.PollDraft;
import org.sealroom.client.session.PollId;
import org.sealroom.client.session.PollView;
import org.sealroom.client.session.Reaction;
import org.sealroom.client.session.SecurityWarning;
import org.sealroom.client.session.SessionException;
import org.sealroom.client.session.SessionListener;
import org.sealroom.client.testing.RelayMeetings;
import org.sealroom.protocol.meeting.DataType;
import org.sealroom.protocol.meeting.PayloadKind;
import org.sealroom.relay.forward.ForwardedPayload;

/** Chat, private chat, polls, reactions and raised hands between live sessions over a real relay on loopback. */
class CollaborationOverRelayTest {

    @TempDir
    Path dir;

    @Test
    void chatKeepsEachSendersOrderAndPrivateChatStaysUnreadableForTheThirdEvenWhenTheRelayCopiesIt()
            throws Exception {
        try (RelayMeetings meetings = new RelayMeetings(dir);
             LiveMeetingSession alice = meetings.host("Alice");
             LiveMeetingSession bob = meetings.join("Bob", alice);
             LiveMeetingSession carol = meetings.join("Carol", alice, bob)) {
            int aliceId = alice.peer().ownId();
            int carolId = carol.peer().ownId();
            meetings.forwarding(p -> p.kind() == ForwardedPayload.Kind.DATA && p.recipientId() == carolId
                    && p.payload().getByte(p.payload().readerIndex()) == PayloadKind.DATA.code()
                    ? List.of(p, p.withRecipient(aliceId).withPayload(Unpooled.copiedBuffer(p.payload())))
                    : List.of(p));

            List<String> lines = IntStream.range(0, 25).mapToObj(i -> "line " + i).toList();
            lines.forEach(bob::sendChat);
            await(() -> texts(carol, false).size() == lines.size() && texts(alice, false).size() == lines.size());
            assertThat(texts(carol, false)).containsExactlyElementsOf(lines);
            assertThat(texts(alice, false)).containsExactlyElementsOf(lines);

            bob.sendPrivateChat(new ParticipantId(carolId), "only for Carol");
            await(() -> texts(carol, true).contains("only for Carol"));
            await(() -> alice.warningLog().stream().anyMatch(w -> w.kind() == SecurityWarning.Kind.FORGED_MESSAGE));
            assertThat(alice.chatLog()).extracting(ChatMessage::text).doesNotContain("only for Carol");
            assertThat(carol.chatLog()).filteredOn(ChatMessage::isPrivate).singleElement()
                    .satisfies(m -> assertThat(m.fromName()).isEqualTo("Bob"));

            IntStream.range(0, 100).forEach(i -> bob.sendChat("spam " + i));
            await(() -> carol.rejectedInput().getOrDefault("chat-flood", 0L) > 0);
            assertThat(texts(carol, false).stream().filter(t -> t.startsWith("spam"))).hasSizeLessThan(100);
        }
    }

    @Test
    void aPollWithThreeVotersCountsOneVoteEachAndShowsEveryoneTheResultsWhenClosed() throws Exception {
        try (RelayMeetings meetings = new RelayMeetings(dir);
             LiveMeetingSession alice = meetings.host("Alice");
             LiveMeetingSession bob = meetings.join("Bob", alice);
             LiveMeetingSession carol = meetings.join("Carol", alice, bob)) {
            PollDraft lunch = new PollDraft("Lunch?", List.of("Pizza", "Sushi", "Salad"), false, false);
            assertThatThrownBy(() -> bob.polls().create(lunch)).isInstanceOf(SessionException.class)
                    .hasMessageContaining("host or a co-host");

            PollId id = alice.polls().create(lunch);
            await(() -> poll(bob, id).isPresent() && poll(carol, id).isPresent());
            alice.polls().vote(id, Set.of(0));
            bob.polls().vote(id, Set.of(1));
            carol.polls().vote(id, Set.of(1));
            await(() -> poll(alice, id).orElseThrow().votes() == 3 && poll(bob, id).orElseThrow().votes() == 3);
            assertThat(poll(alice, id).orElseThrow().counts()).contains(List.of(1, 2, 0));
            assertThat(poll(bob, id).orElseThrow().counts()).as("others see results only when closed").isEmpty();

            assertThatThrownBy(() -> bob.polls().vote(id, Set.of(0))).isInstanceOf(SessionException.class);
            // A modified client votes again and out of range: the owner refuses both and counts them.
            byte[] again = BoundedJson.encode(new PollBoard.VoteMessage(id.value(), List.of(0)));
            byte[] outOfRange = BoundedJson.encode(new PollBoard.VoteMessage(id.value(), List.of(7)));
            bob.peer().sendDataTo(alice.peer().ownId(), DataType.POLL_VOTE, again);
            bob.peer().sendDataTo(alice.peer().ownId(), DataType.POLL_VOTE, outOfRange);
            await(() -> alice.rejectedInput().getOrDefault("poll-rejected", 0L) == 2);
            assertThat(poll(alice, id).orElseThrow().counts()).contains(List.of(1, 2, 0));

            alice.polls().close(id);
            await(() -> !poll(bob, id).orElseThrow().open() && !poll(carol, id).orElseThrow().open());
            for (LiveMeetingSession s : List.of(bob, carol)) {
                PollView seen = poll(s, id).orElseThrow();
                assertThat(seen.counts()).contains(List.of(1, 2, 0));
                assertThat(seen.voterNames()).contains(List.of(List.of("Alice"), List.of("Bob", "Carol"), List.of()));
            }
            assertThat(poll(carol, id).orElseThrow().myChoices()).containsExactly(1);
        }
    }

    @Test
    void anonymousPollResultsCarryCountsButNoNames() throws Exception {
        try (RelayMeetings meetings = new RelayMeetings(dir);
             LiveMeetingSession alice = meetings.host("Alice");
             LiveMeetingSession bob = meetings.join("Bob", alice)) {
            PollId id = alice.polls().create(new PollDraft("Which days?", List.of("Mon", "Tue", "Wed"), true, true));
            await(() -> poll(bob, id).isPresent());
            assertThatThrownBy(() -> bob.polls().vote(id, Set.of())).isInstanceOf(SessionException.class);
            bob.polls().vote(id, Set.of(0, 2));
            await(() -> poll(alice, id).orElseThrow().votes() == 1);
            alice.polls().close(id);
            await(() -> !poll(bob, id).orElseThrow().open());
            assertThat(poll(bob, id).orElseThrow().counts()).contains(List.of(1, 0, 1));
            assertThat(poll(bob, id).orElseThrow().voterNames()).isEmpty();
            assertThat(poll(alice, id).orElseThrow().voterNames()).isEmpty();
        }
    }

    @Test
    void reactionsAndRaisedHandsReachEveryoneAndAFloodIsDroppedAndCounted() throws Exception {
        try (RelayMeetings meetings = new RelayMeetings(dir);
             LiveMeetingSession alice = meetings.host("Alice");
             LiveMeetingSession bob = meetings.join("Bob", alice)) {
            List<String> seenByAlice = Collections.synchronizedList(new ArrayList<>());
            alice.addListener(new SessionListener() {
                @Override
                public void reactionReceived(ParticipantId from, String fromName, Reaction reaction) {
                    seenByAlice.add(fromName + " " + reaction);
                }
            });
            ParticipantId bobId = new ParticipantId(bob.peer().ownId());
            bob.reactions().setHandRaised(true);
            bob.reactions().sendReaction(Reaction.CLAP);
            await(() -> handRaised(alice, bobId) && seenByAlice.contains("Bob CLAP"));
            assertThat(handRaised(bob, bobId)).isTrue();

            alice.reactions().lowerHand(bobId);
            await(() -> !handRaised(bob, bobId));
            assertThat(handRaised(alice, bobId)).isFalse();

            // Only a host or co-host may lower someone else's hand.
            ParticipantId aliceId = new ParticipantId(alice.peer().ownId());
            alice.reactions().setHandRaised(true);
            await(() -> handRaised(bob, aliceId));
            bob.peer().sendData(DataType.REACTION, BoundedJson.encode(new ReactionBoard.Body("lower", null, null,
                    alice.peer().ownId())));
            await(() -> alice.rejectedInput().getOrDefault("reaction-malformed", 0L) == 1);
            assertThat(handRaised(alice, aliceId)).isTrue();

            byte[] heart = BoundedJson.encode(new ReactionBoard.Body("reaction", "HEART", null, null));
            for (int i = 0; i < 200; i++) {
                bob.peer().sendData(DataType.REACTION, heart);
            }
            await(() -> alice.rejectedInput().getOrDefault("reaction-flood", 0L) > 0);
            long hearts = seenByAlice.stream().filter("Bob HEART"::equals).count();
            assertThat(hearts).isGreaterThan(0).isLessThan(200);
            assertThat(alice.warningLog()).filteredOn(w -> w.message().contains("too fast")).hasSize(1);
        }
    }

    private static List<String> texts(LiveMeetingSession s, boolean privateOnes) {
        return s.chatLog().stream().filter(m -> m.isPrivate() == privateOnes).map(ChatMessage::text).toList();
    }

    private static Optional<PollView> poll(LiveMeetingSession s, PollId id) {
        return s.polls().all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private static boolean handRaised(LiveMeetingSession s, ParticipantId who) {
        return s.participants().stream().anyMatch(p -> p.id().equals(who) && p.handRaised());
    }
}
