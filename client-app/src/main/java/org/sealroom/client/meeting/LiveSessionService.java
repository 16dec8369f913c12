package org.sealroom.client.meeting;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sealroom.client.collab.files.FilePolicy;
import org.sealroom.client.identity.ContactBook;
import org.sealroom.client.media.SessionMediaFactory;
import org.sealroom.client.session.HostOptions;
import org.sealroom.client.session.JoinOptions;
import org.sealroom.client.session.MediaOptions;
import org.sealroom.client.session.MeetingInfo;
import org.sealroom.client.session.SessionException;
import org.sealroom.client.session.SessionService;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.crypto.meeting.MeetingSecret;
import org.sealroom.crypto.pake.PasswordSecret;
import org.sealroom.protocol.ProtocolException;
import org.sealroom.protocol.meeting.InvalidMeetingLinkException;
import org.sealroom.protocol.meeting.KeyLog;
import org.sealroom.protocol.meeting.MeetingConfig;
import org.sealroom.protocol.meeting.MeetingLink;
import org.sealroom.protocol.meeting.MeetingPeer;
import org.sealroom.protocol.transport.AdmissionToken;
import org.sealroom.protocol.transport.KnownRelays;
import org.sealroom.protocol.transport.RelayClient;
import org.sealroom.protocol.transport.RelayClientConfig;
import org.sealroom.protocol.transport.RelayEndpoint;
import org.sealroom.protocol.transport.RelayFingerprint;
import org.sealroom.protocol.transport.RoomMembership;
import org.sealroom.protocol.transport.RoomTicket;

/**
 * Hosts and joins meetings over a real relay: the configured one, or — for hosting with nothing configured — a relay
 * embedded in this process on localhost.
 */
public final class LiveSessionService implements SessionService {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    /** Where a session finds its identity, stores relay pins and contacts, and whether it logs keys. */
    public record Environment(IdentitySource identity, Path dataDirectory, KnownRelays knownRelays,
            ContactBook contacts, KeyLog keyLog, RelayClientConfig.MediaPolicy mediaPolicy, RelayPins pins) {

        public Environment(IdentitySource identity, Path dataDirectory, KnownRelays knownRelays, ContactBook contacts,
                KeyLog keyLog, RelayClientConfig.MediaPolicy mediaPolicy) {
            this(identity, dataDirectory, knownRelays, contacts, keyLog, mediaPolicy, endpoint -> Optional.empty());
        }
    }

    /** Certificate fingerprints the user pinned in advance, by relay; they win over trust on first use. */
    @FunctionalInterface
    public interface RelayPins {
        Optional<RelayFingerprint> pinned(RelayEndpoint endpoint);
    }

    /** The identity key, loaded when a meeting starts (the UI loads it at first run or unlock). */
    @FunctionalInterface
    public interface IdentitySource {
        IdentityKeyPair identity() throws SessionException;
    }

    private final Environment environment;
    private final SessionMediaFactory media;
    private volatile FilePolicy filePolicy = FilePolicy.defaults();

    /** Media on the system's default devices (the headless client; the desktop app passes its device choice). */
    public LiveSessionService(Environment environment) {
        this(environment, SessionMediaFactory.withSystemDefaults());
    }

    public LiveSessionService(Environment environment, SessionMediaFactory media) {
        this.environment = environment;
        this.media = media;
    }

    /** Where meetings started from now on save accepted files, and how large they may be. */
    public void setFilePolicy(FilePolicy policy) {
        filePolicy = policy;
    }

    @Override
    public LiveMeetingSession host(HostOptions options) throws SessionException {
        IdentityKeyPair identity = environment.identity().identity();
        Optional<EmbeddedRelay> embedded = options.relayAddress().isEmpty()
                ? Optional.of(EmbeddedRelay.start(environment.dataDirectory().resolve("embedded-relay")))
                : Optional.empty();
        RelayEndpoint endpoint = embedded.map(EmbeddedRelay::endpoint)
                .orElseGet(() -> RelayEndpoint.parse(withDefaultPort(options.relayAddress().get())));
        Optional<RelayFingerprint> pin = embedded.map(EmbeddedRelay::fingerprint)
                .or(() -> environment.pins().pinned(endpoint));
        MeetingSecret secret = MeetingSecret.generate();
        Connected connected = null;
        try {
            connected = connect(endpoint, pin);
            AdmissionToken token = new AdmissionToken(secret.admissionToken());
            RoomTicket ticket = await(connected.client().createRoom(List.of(token.verifier()),
                    options.allowPasswordJoin()), "create the meeting");
            RelayFingerprint relayCert = pin.or(() -> environment.knownRelays().lookup(endpoint)).orElse(null);
            MeetingLink link = new MeetingLink(endpoint, ticket.roomId(), identity.publicKey().fingerprint(), secret,
                    Optional.ofNullable(relayCert));
            Optional<String> password = options.allowPasswordJoin()
                    ? Optional.of(MeetingPassword.generate()) : Optional.empty();
            MeetingInfo info = new MeetingInfo(options.title(), link.format(),
                    password.isPresent() ? ticket.meetingNumber() : ticket.roomId(), password, endpoint.toString(),
                    true);
            MeetingConfig config = MeetingConfig.host(ticket.roomId(), options.displayName(), identity, secret,
                    options.autoAdmit()).withKeyLog(environment.keyLog());
            if (password.isPresent()) {
                config = config.withPassword(MeetingPassword.secret(password.get()));
            }
            return start(info, connected, config, ticket.participantId(), java.util.Set.of(),
                    embedded.map(r -> (AutoCloseable) r), options.media());
        } catch (SessionException | RuntimeException e) {
            if (connected != null) {
                connected.client().close();
            }
            embedded.ifPresent(EmbeddedRelay::close);
            throw e;
        }
    }

    @Override
    public LiveMeetingSession join(JoinOptions options) throws SessionException {
        if (options.link().isEmpty()) {
            return joinByNumber(options);
        }
        MeetingLink link;
        try {
            link = MeetingLink.parse(options.link().get());
        } catch (InvalidMeetingLinkException e) {
            throw new SessionException(e.getMessage(), e);
        }
        IdentityKeyPair identity = environment.identity().identity();
        Connected connected = connect(link.relay(), link.relayCertificate()
                .or(() -> environment.pins().pinned(link.relay())));
        RoomMembership membership;
        try {
            membership = await(connected.client().joinRoom(link.roomId(),
                    new AdmissionToken(link.secret().admissionToken())), "join the meeting");
        } catch (SessionException | RuntimeException e) {
            connected.client().close();
            throw e;
        }
        MeetingInfo info = new MeetingInfo("", options.link().get(), link.roomId(), Optional.empty(),
                link.relay().toString(), false);
        MeetingConfig config = MeetingConfig.joiner(link.roomId(), options.displayName(), identity, link.secret(),
                link.host()).withKeyLog(environment.keyLog());
        return start(info, connected, config, membership.participantId(), membership.members(), Optional.empty(),
                options.media());
    }

    /**
     * Joins the relay room's lobby by meeting number; the peer then runs CPace with the host (docs/protocol.md 2.1).
     * A wrong password ends in {@link org.sealroom.client.session.SessionPhase#DENIED} with "The password is wrong."
     */
    private LiveMeetingSession joinByNumber(JoinOptions options) throws SessionException {
        if (options.relayAddress().isEmpty() || options.meetingNumber().isEmpty() || options.password().isEmpty()) {
            throw new SessionException("To join without a link, give the relay, the meeting number and the password.");
        }
        String number = MeetingPassword.number(options.meetingNumber().get());
        PasswordSecret password = MeetingPassword.secret(options.password().get());
        RelayEndpoint endpoint = RelayEndpoint.parse(withDefaultPort(options.relayAddress().get()));
        IdentityKeyPair identity = environment.identity().identity();
        Connected connected = connect(endpoint, environment.pins().pinned(endpoint));
        RoomMembership membership;
        try {
            membership = await(connected.client().joinByNumber(number), "join meeting " + number);
        } catch (SessionException e) {
            connected.client().close();
            throw e;
        }
        MeetingInfo info = new MeetingInfo("", "", number, Optional.empty(), endpoint.toString(), false);
        MeetingConfig config = MeetingConfig.passwordJoiner(membership.roomId(), options.displayName(), identity,
                password).withKeyLog(environment.keyLog());
        return start(info, connected, config, membership.participantId(), membership.members(), Optional.empty(),
                options.media());
    }

    private record Connected(RelayClient client, RelayBridge bridge, LiveMeetingSession[] session) {}

    private Connected connect(RelayEndpoint endpoint, Optional<RelayFingerprint> pin) throws SessionException {
        LiveMeetingSession[] session = new LiveMeetingSession[1];
        RelayBridge bridge = new RelayBridge(state -> {
            if (session[0] != null) {
                session[0].transportChanged(state);
            }
        }, closed -> {
            if (session[0] != null) {
                session[0].roomClosed(closed);
            }
        });
        RelayClientConfig.Builder config = RelayClientConfig.builder(endpoint, environment.knownRelays())
                .mediaPolicy(environment.mediaPolicy()).software("sealroom-client");
        pin.ifPresent(config::pinnedFingerprint);
        try {
            RelayClient client = RelayClient.connect(config.build(), bridge);
            bridge.client(client);
            return new Connected(client, bridge, session);
        } catch (ProtocolException e) {
            throw new SessionException("Could not reach the relay at " + endpoint + ": " + e.getMessage(), e);
        }
    }

    private LiveMeetingSession start(MeetingInfo info, Connected connected, MeetingConfig config, int ownId,
            java.util.Set<Integer> members, Optional<AutoCloseable> embedded, MediaOptions mediaOptions) {
        LiveMeetingSession session = new LiveMeetingSession(info, environment.contacts());
        MeetingPeer peer = MeetingPeer.create(config, connected.bridge());
        session.bind(connected.client(), peer, embedded, filePolicy);
        session.transportChanged(connected.client().state()); // changes before the session existed were not seen
        session.attachMedia(media.attach(session, mediaOptions, ownId, session::videoFrame),
                mediaOptions.microphoneOn(), mediaOptions.cameraOn());
        connected.session()[0] = session;
        peer.start(ownId, members); // queued first: relay events waiting in the bridge must see a started peer
        connected.bridge().attach(peer);
        return session;
    }

    private static <T> T await(CompletableFuture<T> request, String what) throws SessionException {
        try {
            return request.get(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new SessionException("Could not " + what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new SessionException("The relay did not answer in time; could not " + what + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SessionException("Interrupted.", e);
        }
    }

    private static String withDefaultPort(String address) {
        return address.matches(".*:\\d+$") ? address : address + ":" + MeetingLink.DEFAULT_PORT;
    }
}
