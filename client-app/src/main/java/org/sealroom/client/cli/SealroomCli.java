package org.sealroom.client.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.sealroom.client.settings.UserFolder;
import org.sealroom.client.collab.files.FilePolicy;
import org.sealroom.client.identity.ContactBook;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.client.meeting.LiveSessionService;
import org.sealroom.client.session.HostOptions;
import org.sealroom.client.session.JoinOptions;
import org.sealroom.client.session.LobbyEntry;
import org.sealroom.client.session.MediaOptions;
import org.sealroom.client.session.SecurityWarning;
import org.sealroom.client.session.SessionException;
import org.sealroom.client.session.SessionListener;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.client.settings.ConfigDirectory;
import org.sealroom.client.ui.SealroomApp;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.protocol.meeting.KeyLog;
import org.sealroom.protocol.transport.KnownRelays;
import org.sealroom.protocol.transport.RelayClientConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sealroom host} and {@code sealroom join}: with {@code --headless} a meeting without UI (servers, bots,
 * tests, scripts); without it, the desktop app.
 */
@Command(name = "sealroom", mixinStandardHelpOptions = true, versionProvider = SealroomCli.Version.class,
        subcommands = {SealroomCli.Host.class, SealroomCli.Join.class},
        description = "End-to-end encrypted meetings.")
public final class SealroomCli {

    public static void main(String[] args) {
        System.exit(new CommandLine(new SealroomCli()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {org.sealroom.client.about.AppVersion.line()};
        }
    }

    /** Options shared by host and join. */
    static class Common {
        @Option(names = "--headless", description = "Run without UI.")
        boolean headless;

        @Option(names = "--name", required = true, description = "Your display name.")
        String name;

        @Option(names = "--synthetic-media", description = "Send generated audio and video (a tone and a numbered test pattern).")
        boolean syntheticMedia;

        @Option(names = "--stats-json", description = "Write frame counts, epochs, security code and chat to FILE.")
        Path statsJson;

        @Option(names = "--keylog", description = "AUDITORS ONLY: append every SFrame key to FILE. Defeats E2EE for whoever reads it.")
        Path keyLog;

        @Option(names = "--duration", description = "Leave after this long (e.g. 10s, 2m); default: until stopped.")
        String duration;

        @Option(names = "--chat", description = "Send this chat line once in the meeting.")
        String chat;

        @Option(names = "--tcp-only", description = "Carry media over the TLS connection, never UDP.")
        boolean tcpOnly;

        @Option(names = "--data-dir", description = "Where to keep relay pins (default: the user's config directory).")
        Path dataDir;

        @Option(names = "--record", description = "Record the meeting as you see and hear it into FILE (WebM); everyone is told.")
        Path record;

                @Option(names = "--no-commands", description = "Do not read commands (admit, chat, poll, send, ...) from standard input.")
        boolean noCommands;

        @Option(names = "--send-file", description = "Offer this file to everyone once someone else is in the meeting.")
        Path sendFile;

        @Option(names = "--download-dir", description = "Accept offered files and save them here (without it, offers wait for 'accept N').")
        Path downloadDir;

        @Option(names = "--max-file-size", defaultValue = "2G", description = "Largest file to send or accept, e.g. 500M, 2G (default: ${DEFAULT-VALUE}).")
        String maxFileSize;

        @Option(names = "--share-screen", paramLabel = "SOURCE",
                description = "Share this screen once in the meeting (with --synthetic-media: synthetic:test-pattern).")
        String shareScreen;

        @Option(names = "--allow-remote-control", paramLabel = "NAME",
                description = "Let the participant with this display name control the shared screen when they ask; "
                        + "requests from anyone else are denied.")
        String allowRemoteControl;

        MediaOptions media() {
            return syntheticMedia ? new MediaOptions(MediaOptions.Mode.SYNTHETIC, true, true) : MediaOptions.NONE;
        }
    }

    @Command(name = "host", description = "Host a meeting; with no --relay, on an embedded relay on localhost.")
    static final class Host extends Common implements Callable<Integer> {
        @Option(names = "--relay", description = "HOST[:PORT] of the relay to use.")
        String relay;

        @Option(names = "--title", defaultValue = "Sealroom meeting")
        String title;

        @Option(names = "--auto-admit", description = "Admit everyone who has the link, without asking.")
        boolean autoAdmit;

        @Option(names = "--password-join", description = "Also allow joining by meeting number and a generated password.")
        boolean passwordJoin;

        @Option(names = "--link-file", description = "Also write the join link to FILE (mode 600).")
        Path linkFile;

        @Override
        public Integer call() throws Exception {
            if (!headless) {
                SealroomApp.main(new String[0]);
                return 0;
            }
            return new HeadlessRun(this).run(service -> service.host(new HostOptions(name, title,
                    Optional.ofNullable(relay), autoAdmit, passwordJoin, media())));
        }
    }

    @Command(name = "join", description = "Join a meeting by its sealroom:// link.")
    static final class Join extends Common implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", description = "The sealroom:// link.")
        String link;

        @Option(names = "--relay", description = "Without a link: HOST[:PORT] of the meeting's relay.")
        String relay;

        @Option(names = "--meeting-number", description = "Without a link: the meeting number.")
        String meetingNumber;

        @Option(names = "--password", description = "Without a link: the meeting password.")
        String password;

        @Override
        public Integer call() throws Exception {
            if (link == null && (relay == null || meetingNumber == null || password == null)) {
                throw new CommandLine.ParameterException(new CommandLine(this),
                        "Give a sealroom:// link, or --relay, --meeting-number and --password.");
            }
            if (!headless) {
                SealroomApp.main(link == null ? new String[0] : new String[] {link});
                return 0;
            }
            JoinOptions options = link != null ? JoinOptions.byLink(name, link, media())
                    : new JoinOptions(name, Optional.empty(), Optional.of(relay), Optional.of(meetingNumber),
                            Optional.of(password), media());
            return new HeadlessRun(this).run(service -> service.join(options));
        }
    }

    /** One headless meeting from start to leave, printing what a person at a terminal needs. */
    static final class HeadlessRun {
        interface Start {
            LiveMeetingSession start(LiveSessionService service) throws SessionException;
        }

        private final Common options;
        private final PrintStream out = System.out;
        private final CountDownLatch finished = new CountDownLatch(1);
        private HeadlessRemoteControl remote;

        HeadlessRun(Common options) {
            this.options = options;
        }

        int run(Start start) throws Exception {
            if (options.keyLog != null) {
                System.err.println("WARNING: --keylog writes every meeting key to " + options.keyLog
                        + ". Anyone with that file and a relay capture can read this meeting. Auditing only.");
            }
            Path dataDir = options.dataDir != null ? options.dataDir : ConfigDirectory.forUser();
            Files.createDirectories(dataDir);
            IdentityKeyPair identity = IdentityKeyPair.generate(); // a bot's identity lives as long as the run
            LiveSessionService service = new LiveSessionService(new LiveSessionService.Environment(() -> identity,
                    dataDir, new KnownRelays(dataDir.resolve("known-relays")), ContactBook.inMemory(),
                    options.keyLog == null ? KeyLog.NONE : KeyLog.toFile(options.keyLog),
                    options.tcpOnly ? RelayClientConfig.MediaPolicy.TCP_ONLY : RelayClientConfig.MediaPolicy.AUTO));
            service.setFilePolicy(new FilePolicy(Optional.ofNullable(options.downloadDir)
                    .orElseGet(UserFolder.DOWNLOADS::forUser), parseSize(options.maxFileSize),
                    options.downloadDir != null));
            try (LiveMeetingSession session = start.start(service)) {
                session.addListener(printer(session));
                session.addListener(new CollabPrinter(session, out, Optional.ofNullable(options.sendFile)));
                if (options.record != null) {
                    HeadlessRecording.startWhenInMeeting(session, options.record, out);
                }
                remote = new HeadlessRemoteControl(session, Optional.ofNullable(options.shareScreen),
                        Optional.ofNullable(options.allowRemoteControl), out);
                session.addListener(remote);
                remote.phaseChanged(session.phase(), "");
                if (session.info().hostedByMe()) {
                    out.println("Meeting link (share it; the part after # never reaches the relay):");
                    out.println(session.info().joinLink());
                    session.info().password().ifPresent(password -> out.println("Or join by number: relay "
                            + session.info().relayAddress() + ", meeting number " + session.info().meetingNumber()
                            + ", password " + password + " (then compare security codes)"));
                    if (options instanceof Host host && host.linkFile != null) {
                        writeOwnerOnly(host.linkFile, session.info().joinLink());
                    }
                }
                out.println("Your safety number: " + identity.publicKey().fingerprint().safetyNumber());
                out.flush();
                if (!options.noCommands) {
                    new HeadlessCommands(session, out, finished::countDown, remote::command).readFrom(System.in);
                }
                boolean timedOut = !awaitEnd(session);
                writeStats(session);
                out.println(timedOut ? "Leaving." : "Meeting over: " + session.phase());
                session.leave();
                return session.phase() == SessionPhase.DENIED ? 3 : 0;
            } catch (SessionException e) {
                System.err.println("sealroom: " + e.getMessage());
                return 2;
            }
        }

        private boolean awaitEnd(LiveMeetingSession session) throws InterruptedException {
            Optional<Duration> limit = Optional.ofNullable(options.duration).map(HeadlessRun::parseDuration);
            long deadline = limit.map(d -> System.nanoTime() + d.toNanos()).orElse(Long.MAX_VALUE);
            while (System.nanoTime() < deadline) {
                if (finished.await(Math.min(1000, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)),
                        TimeUnit.MILLISECONDS)) {
                    return true;
                }
                writeStats(session);
            }
            return false;
        }

        private SessionListener printer(LiveMeetingSession session) {
            return new SessionListener() {
                private boolean chatSent;

                @Override
                public void phaseChanged(SessionPhase phase, String reason) {
                    out.println("[" + phase + "] " + reason);
                    if (phase == SessionPhase.IN_MEETING && options.chat != null && !chatSent) {
                        chatSent = true;
                        session.sendChat(options.chat);
                    }
                    if (phase == SessionPhase.DENIED || phase == SessionPhase.ENDED) {
                        finished.countDown();
                    }
                }

                @Override
                public void lobbyChanged() {
                    for (LobbyEntry entry : session.lobby()) {
                        out.println("Waiting: #" + entry.id().value() + " " + entry.displayName() + " (safety number "
                                + entry.safetyNumber() + ") — type 'admit " + entry.id().value() + "' or 'deny "
                                + entry.id().value() + "'");
                    }
                }

                @Override
                public void e2eeChanged(org.sealroom.client.session.E2eeStatus status) {
                    out.println("Epoch " + status.epoch() + ", security code " + status.securityCode() + ", members: "
                            + session.participants().stream().map(p -> p.displayName()).toList());
                }

                @Override
                public void chatReceived(org.sealroom.client.session.ChatMessage message) {
                    out.println((message.isPrivate() ? "(private) " : "") + message.fromName() + ": "
                            + message.text());
                }

                @Override
                public void securityWarning(SecurityWarning warning) {
                    System.err.println("WARNING [" + warning.kind() + "] " + warning.message());
                }
            };
        }

        private void writeStats(LiveMeetingSession session) {
            if (options.statsJson == null) {
                return;
            }
            try {
                StatsReport.of(session).writeTo(options.statsJson);
            } catch (IOException e) {
                System.err.println("could not write " + options.statsJson + ": " + e.getMessage());
            }
        }

        static long parseSize(String text) {
            String t = text.strip().toUpperCase(java.util.Locale.ROOT);
            try {
                long unit = switch (t.charAt(t.length() - 1)) {
                    case 'K' -> 1024L;
                    case 'M' -> 1024L * 1024;
                    case 'G' -> 1024L * 1024 * 1024;
                    default -> 1L;
                };
                long n = Long.parseLong(unit == 1 ? t : t.substring(0, t.length() - 1));
                if (n <= 0) {
                    throw new NumberFormatException("not positive");
                }
                return Math.multiplyExact(n, unit);
            } catch (RuntimeException e) {
                throw new CommandLine.ParameterException(new CommandLine(new SealroomCli()),
                        "Not a size: '" + text + "' (use e.g. 500M, 2G)");
            }
        }

        static Duration parseDuration(String text) {
            String t = text.strip().toLowerCase(java.util.Locale.ROOT);
            try {
                if (t.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
                }
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                return switch (t.charAt(t.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> Duration.parse(text);
                };
            } catch (RuntimeException e) {
                throw new CommandLine.ParameterException(new CommandLine(new SealroomCli()),
                        "Not a duration: '" + text + "' (use e.g. 10s, 500ms, 2m)");
            }
        }

        private static void writeOwnerOnly(Path file, String text) throws IOException {
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, text + "\n");
        }
    }
}
