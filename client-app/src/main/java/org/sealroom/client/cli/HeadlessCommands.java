package org.sealroom.client.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.client.session.FileTransferId;
import org.sealroom.client.session.FileTransferView;
import org.sealroom.client.session.LobbyEntryId;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.PollDraft;
import org.sealroom.client.session.PollView;
import org.sealroom.client.session.Reaction;
import org.sealroom.client.session.SessionException;

/**
 * The commands a person at the terminal types into a headless meeting. Polls and files are numbered as
 * {@code polls} and {@code files} list them, so nobody types a UUID.
 */
final class HeadlessCommands {

    static final String HELP = """
            Commands:
              admit N | deny N                     let someone in, or not (host)
              chat TEXT | msg ID TEXT              chat to everyone, or privately to participant #ID
              react %s
              hand up | hand down                  raise or lower your hand
              poll [multi] [anon] QUESTION | OPTION | OPTION ...   start a poll (host or co-host)
              vote N CHOICE[,CHOICE]               vote in poll N (choices count from 1)
              close-poll N | polls                 close your poll N; list polls
              send PATH [ID]                       offer a file to everyone, or to participant #ID
              accept N | decline N | cancel N | files   answer or stop file N; list files
              control NAME | move X Y | click X Y | release   ask NAME for control of their screen; use it (0..1)
              stop-control                         take back control of your shared screen
              quit""".formatted(Arrays.stream(Reaction.values()).map(r -> r.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(" | ")));

    private final LiveMeetingSession session;
    private final PrintStream out;
    private final Runnable quit;
    private final BiPredicate<String, String> more;

    /** {@code more} handles the commands of another part (remote control); false when it does not know one. */
    HeadlessCommands(LiveMeetingSession session, PrintStream out, Runnable quit, BiPredicate<String, String> more) {
        this.session = session;
        this.out = out;
        this.quit = quit;
        this.more = more;
    }

    /** Reads commands on a daemon thread until {@code in} closes. */
    void readFrom(InputStream in) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    run(line);
                }
            } catch (IOException e) {
                out.println("(command input closed: " + e.getMessage() + ")");
            }
        }, "stdin-commands");
        reader.setDaemon(true);
        reader.start();
    }

    void run(String line) {
        String[] parts = line.strip().split("\\s+", 2);
        String rest = parts.length > 1 ? parts[1] : "";
        try {
            switch (parts[0].toLowerCase(Locale.ROOT)) {
                case "admit" -> session.admit(new LobbyEntryId(Long.parseLong(rest)));
                case "deny" -> session.deny(new LobbyEntryId(Long.parseLong(rest)));
                case "chat" -> session.sendChat(rest);
                case "msg" -> {
                    String[] to = rest.split("\\s+", 2);
                    session.sendPrivateChat(new ParticipantId(Long.parseLong(to[0])), to.length > 1 ? to[1] : "");
                }
                case "react" -> session.reactions().sendReaction(reaction(rest));
                case "hand" -> session.reactions().setHandRaised(rest.equalsIgnoreCase("up"));
                case "poll" -> startPoll(rest);
                case "vote" -> vote(rest);
                case "close-poll" -> session.polls().close(poll(rest).id());
                case "polls" -> session.polls().all().forEach(p -> out.println(describe(p)));
                case "send" -> send(rest);
                case "accept" -> session.files().accept(file(rest));
                case "decline" -> session.files().decline(file(rest));
                case "cancel" -> session.files().cancel(file(rest));
                case "files" -> printFiles();
                case "quit", "leave" -> quit.run();
                case "" -> { }
                default -> {
                    if (!more.test(parts[0], rest)) {
                        out.println(HELP);
                    }
                }
            }
        } catch (SessionException | IllegalArgumentException | IndexOutOfBoundsException e) {
            out.println("Cannot do that: " + e.getMessage());
        }
    }

    static String describe(PollView poll) {
        StringBuilder text = new StringBuilder("Poll by " + poll.ownerName() + (poll.open() ? " (open, " : " (closed, ")
                + poll.votes() + " voted): " + poll.draft().question());
        List<String> options = poll.draft().options();
        for (int i = 0; i < options.size(); i++) {
            int n = i;
            text.append("\n  ").append(i + 1).append(". ").append(options.get(i))
                    .append(poll.counts().map(c -> " — " + c.get(n)).orElse(""))
                    .append(poll.voterNames().map(v -> " " + v.get(n)).orElse(""));
        }
        return text.toString();
    }

    private static Reaction reaction(String name) {
        return Arrays.stream(Reaction.values()).filter(r -> r.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no reaction '" + name + "'; choose one of "
                        + Arrays.stream(Reaction.values()).map(r -> r.name().toLowerCase(Locale.ROOT)).toList()));
    }

    private void startPoll(String rest) throws SessionException {
        List<String> words = List.of(rest.split("\\s+"));
        boolean multi = words.contains("multi");
        boolean anonymous = words.contains("anon");
        String text = rest.replaceFirst("^((multi|anon)\\s+)+", "");
        List<String> fields = Arrays.stream(text.split("\\|")).map(String::strip).toList();
        session.polls().create(new PollDraft(fields.getFirst(), fields.subList(1, fields.size()), multi, anonymous));
    }

    private void vote(String rest) throws SessionException {
        String[] parts = rest.split("\\s+", 2);
        Set<Integer> choices = Arrays.stream(parts[1].split(",")).map(s -> Integer.parseInt(s.strip()) - 1)
                .collect(Collectors.toSet());
        session.polls().vote(poll(parts[0]).id(), choices);
    }

    private PollView poll(String number) {
        return session.polls().all().get(Integer.parseInt(number.strip()) - 1);
    }

    private void send(String rest) throws SessionException {
        String[] parts = rest.strip().split("\\s+(?=\\d+$)");
        Optional<ParticipantId> to = parts.length > 1 ? Optional.of(new ParticipantId(Long.parseLong(parts[1])))
                : Optional.empty();
        session.files().send(Path.of(parts[0]), to);
    }

    private FileTransferId file(String number) {
        return session.files().all().get(Integer.parseInt(number.strip()) - 1).id();
    }

    private void printFiles() {
        List<FileTransferView> all = session.files().all();
        for (int i = 0; i < all.size(); i++) {
            out.println((i + 1) + ". " + CollabPrinter.describe(all.get(i)));
        }
    }
}
