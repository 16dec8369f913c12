package org.sealroom.protocol.transport;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.DatagramChannel;
import io.netty.handler.ssl.SslContext;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sealroom.protocol.ProtocolException;
import org.sealroom.protocol.control.ControlMessage;
import org.sealroom.protocol.control.ControlMessage.AddAdmissionVerifier;
import org.sealroom.protocol.control.ControlMessage.CreateRoom;
import org.sealroom.protocol.control.ControlMessage.LobbyJoined;
import org.sealroom.protocol.control.ControlMessage.PromoteParticipant;
import org.sealroom.protocol.control.ControlMessage.EndRoom;
import org.sealroom.protocol.control.ControlMessage.ErrorMessage;
import org.sealroom.protocol.control.ControlMessage.Goodbye;
import org.sealroom.protocol.control.ControlMessage.Hello;
import org.sealroom.protocol.control.ControlMessage.JoinRoom;
import org.sealroom.protocol.control.ControlMessage.KickParticipant;
import org.sealroom.protocol.control.ControlMessage.LeaveRoom;
import org.sealroom.protocol.control.ControlMessage.ParticipantJoined;
import org.sealroom.protocol.control.ControlMessage.ParticipantLeft;
import org.sealroom.protocol.control.ControlMessage.Ping;
import org.sealroom.protocol.control.ControlMessage.Pong;
import org.sealroom.protocol.control.ControlMessage.RemoveAdmissionVerifier;
import org.sealroom.protocol.control.ControlMessage.Reply;
import org.sealroom.protocol.control.ControlMessage.Request;
import org.sealroom.protocol.control.ControlMessage.RoomClosed;
import org.sealroom.protocol.control.ControlMessage.RoomCreated;
import org.sealroom.protocol.control.ControlMessage.RoomJoined;
import org.sealroom.protocol.control.ControlMessage.SelectMediaPath;
import org.sealroom.protocol.control.ControlMessage.Welcome;
import org.sealroom.protocol.control.ErrorCode;
import org.sealroom.protocol.control.MediaPath;
import org.sealroom.protocol.control.ProtocolVersion;
import org.sealroom.protocol.control.RoomCloseReason;
import org.sealroom.protocol.wire.DataMessage;
import org.sealroom.protocol.wire.DatagramType;
import org.sealroom.protocol.wire.HopDirection;
import org.sealroom.protocol.wire.HopKey;
import org.sealroom.protocol.wire.MediaMessage;
import org.sealroom.protocol.wire.MediaPriority;
import org.sealroom.protocol.wire.OutboundDatagram;

/**
 * The client side of a relay connection: TLS with a pinned or trusted-on-first-use certificate, the hello exchange,
 * rooms, reliable payloads to everyone or to one participant, media over UDP (tagged with the hop key) with
 * automatic fallback to the TLS connection ({@link MediaPathSelector}), keep-alive with a round-trip estimate, and
 * reconnection with backoff that resumes room membership and reports how ({@link RoomTracker},
 * {@link MembershipEvent.RoomResumed}).
 *
 * <p>Payloads are opaque bytes; the end-to-end layer puts SFrame ciphertext in them. Sending methods are safe from
 * any thread and never block; listener callbacks run on the client's event loop. State lives on that loop.
 */
public final class RelayClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RelayClient.class);
    private static final long INITIAL_KEEPALIVE_MILLIS = 15_000;

    private final RelayClientConfig config;
    private final RelayClientListener listener;
    private final IoTransport transport = IoTransport.best();
    private final EventLoopGroup group;
    private final boolean ownsGroup;
    private final EventLoop loop;
    private final SslContext sslContext;
    private final PendingRequests requests;
    private final Backoff backoff;
    private final RttEstimator rtt = new RttEstimator();
    private final CompletableFuture<Void> firstConnect = new CompletableFuture<>();
    private final MediaPathSelector paths;

    private final RoomTracker rooms;

    private DatagramChannel udp;
    private volatile Link link;
    private boolean closing;
    private volatile TransportState state;
    private volatile long keepAliveMillis = INITIAL_KEEPALIVE_MILLIS;

    private RelayClient(RelayClientConfig config, RelayClientListener listener) {
        this.config = config;
        this.listener = listener;
        this.ownsGroup = config.eventLoopGroup() == null;
        this.group = ownsGroup ? transport.newGroup(1, "sealroom-relay-client") : config.eventLoopGroup();
        this.loop = group.next();
        this.requests = new PendingRequests(loop, config.requestTimeout());
        this.backoff = new Backoff(config.reconnectInitialDelay(), config.reconnectMaxDelay());
        this.sslContext = ClientChannelInitializer.tlsContext(config);
        this.rooms = new RoomTracker(loop, requests, backoff, config.resumeGiveUp(), () -> link,
                event -> notifyListener(() -> listener.onMembership(event)));
        this.state = new TransportState(TransportState.Phase.CONNECTING, MediaPath.PENDING,
                "connecting to relay " + config.endpoint());
        this.paths = new MediaPathSelector(loop, config, () -> udp, new MediaPathSelector.Owner() {
            @Override
            public Link currentLink() {
                return link;
            }

            @Override
            public boolean closing() {
                return closing;
            }

            @Override
            public long keepAliveMillis() {
                return keepAliveMillis;
            }

            @Override
            public void selected(Link current, MediaPath path, String detail) {
                selectPath(current, path, detail);
            }
        });
    }

    /**
     * Connects, verifies the relay's certificate and completes the hello exchange; blocks until then.
     *
     * @throws UntrustedRelayException if the certificate differs from the pinned or remembered one
     * @throws RelayErrorException if the relay refuses, for example {@link ErrorCode#VERSION_MISMATCH}
     * @throws TransportClosedException if the relay cannot be reached
     */
    public static RelayClient connect(RelayClientConfig config, RelayClientListener listener) {
        RelayClient client = new RelayClient(config, listener);
        client.loop.execute(client::start);
        try {
            client.firstConnect.get(2 * config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return client;
        } catch (ExecutionException e) {
            client.close();
            throw asProtocolException(e.getCause(), config.endpoint());
        } catch (TimeoutException e) {
            client.close();
            throw new TransportClosedException("the relay at " + config.endpoint() + " did not complete the hello in "
                    + 2 * config.connectTimeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            client.close();
            throw new TransportClosedException("interrupted while connecting to " + config.endpoint(), e);
        }
    }

    /** Creates a room admitting holders of tokens with these verifiers; this client becomes its owner. */
    public CompletableFuture<RoomTicket> createRoom(List<AdmissionVerifier> verifiers) {
        return createRoom(verifiers, false);
    }

    /**
     * Creates a room as above; with {@code numberJoin} it also gets a meeting number
     * ({@link RoomTicket#meetingNumber()}) that lets anyone into its lobby (see {@link #joinByNumber}).
     */
    public CompletableFuture<RoomTicket> createRoom(List<AdmissionVerifier> verifiers, boolean numberJoin) {
        List<String> values = verifiers.stream().map(AdmissionVerifier::value).toList();
        return call(id -> new CreateRoom(id, values, numberJoin), reply -> {
            RoomCreated created = PendingRequests.expect(reply, RoomCreated.class);
            RoomState created0 = new RoomState(created.roomId(), created.ownerToken(), null,
                    created.participantId(), created.resumeToken());
            created0.verifiers.addAll(values);
            rooms.enter(created0);
            return new RoomTicket(created.roomId(), new OwnerToken(created.ownerToken()), created.participantId(),
                    created.meetingNumber());
        });
    }

    /** Joins a room with an admission token; the relay assigns this client a room-local participant id. */
    public CompletableFuture<RoomMembership> joinRoom(String roomId, AdmissionToken token) {
        return call(id -> new JoinRoom(id, roomId, token.value(), null), reply -> {
            RoomJoined joined = PendingRequests.expect(reply, RoomJoined.class);
            RoomState joined0 = new RoomState(joined.roomId(), null, token.value(), joined.participantId(),
                    joined.resumeToken());
            joined0.joined(joined);
            rooms.enter(joined0);
            return rooms.membership();
        });
    }

    /**
     * Joins the lobby of the room with this meeting number: the client may then address only the owner
     * ({@link RoomMembership#members()} holds just its id) until the owner promotes it.
     */
    public CompletableFuture<RoomMembership> joinByNumber(String meetingNumber) {
        return call(id -> new JoinRoom(id, null, null, meetingNumber), reply -> {
            RoomJoined joined = PendingRequests.expect(reply, RoomJoined.class);
            RoomState joined0 = new RoomState(joined.roomId(), null, null, joined.participantId(),
                    joined.resumeToken());
            joined0.joined(joined);
            rooms.enter(joined0);
            return rooms.membership();
        });
    }

    /** Owner only: a lobby participant becomes a full member; the others are told it joined. */
    public CompletableFuture<Void> promote(int participantId) {
        return call(id -> new PromoteParticipant(id, participantId), PendingRequests.done(() -> { }));
    }

    public CompletableFuture<Void> leaveRoom() {
        return call(LeaveRoom::new, PendingRequests.done(() -> rooms.enter(null)));
    }

    /** Owner only: removes a participant; it is told {@link RoomCloseReason#KICKED}, the others see it leave. */
    public CompletableFuture<Void> kick(int participantId) {
        return call(id -> new KickParticipant(id, participantId), PendingRequests.done(() -> { }));
    }

    /** Owner only: closes the room for everyone. */
    public CompletableFuture<Void> endRoom() {
        return call(EndRoom::new, PendingRequests.done(() -> rooms.enter(null)));
    }

    /** Owner only: admits holders of another token from now on. */
    public CompletableFuture<Void> addAdmissionVerifier(AdmissionVerifier verifier) {
        return call(id -> new AddAdmissionVerifier(id, verifier.value()),
                PendingRequests.done(() -> rooms.verifierAdded(verifier.value())));
    }

    /** Owner only: stops admitting holders of a token (members already in stay). */
    public CompletableFuture<Void> removeAdmissionVerifier(AdmissionVerifier verifier) {
        return call(id -> new RemoveAdmissionVerifier(id, verifier.value()),
                PendingRequests.done(() -> rooms.verifierRemoved(verifier.value())));
    }

    /** Sends a reliable payload to every other member of the room. False if not connected right now. */
    public boolean sendToAll(byte[] payload) {
        return sendData(DataMessage.EVERYONE, payload);
    }

    /** Sends a reliable payload to one participant only (for example a key wrap). False if not connected. */
    public boolean sendTo(int participantId, byte[] payload) {
        if (participantId <= 0) {
            throw new IllegalArgumentException("participant ids start at 1, got " + participantId);
        }
        return sendData(participantId, payload);
    }

    /**
     * Sends a media packet to every other member: over UDP when the UDP path is up, else over the TLS connection.
     * Best effort: returns false if it was not sent (not connected, or video while the send queue is full).
     */
    public boolean sendMedia(int streamId, int sequence, byte[] payload, MediaPriority priority) {
        Link current = link;
        if (current == null || !current.welcomed) {
            return false;
        }
        if (current.mediaPath == MediaPath.UDP) {
            // Direct, like the header: a composite with a heap part would be copied again by the native transport.
            ByteBuf direct = udp.alloc().directBuffer(payload.length).writeBytes(payload);
            OutboundDatagram header = new OutboundDatagram(HopDirection.CLIENT_TO_RELAY, DatagramType.MEDIA, priority,
                    current.hopId, streamId, sequence);
            udp.writeAndFlush(header.packet(udp.alloc(), current.relayUdp, current.mac, direct), udp.voidPromise());
            direct.release();
            return true;
        }
        ByteBuf content = Unpooled.wrappedBuffer(payload);
        if (priority == MediaPriority.VIDEO && !current.tcp.isWritable()) {
            content.release();
            return false;
        }
        current.tcp.writeAndFlush(new MediaMessage(0, streamId, sequence, priority, content),
                current.tcp.voidPromise());
        return true;
    }

    public TransportState state() {
        return state;
    }

    /** The smoothed round-trip time to the relay, once a keep-alive has been answered. */
    public Optional<Duration> rtt() {
        return rtt.smoothed();
    }

    /** The room this client is in right now, if any. */
    public Optional<RoomMembership> membership() {
        return Optional.ofNullable(rooms.membership());
    }

    /** Leaves the room (others see it leave at once), closes the connection and stops reconnecting. */
    @Override
    public void close() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        loop.execute(() -> shutdown("closed by the application", done));
        try {
            done.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("relay client did not close cleanly: {}", e.toString());
        }
        if (ownsGroup) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }

    private void start() {
        if (config.mediaPolicy() == RelayClientConfig.MediaPolicy.TCP_ONLY) {
            attempt();
            return;
        }
        new Bootstrap().group(loop).channel(transport.datagramChannel())
                .handler(new ChannelInitializer<DatagramChannel>() {
                    @Override
                    protected void initChannel(DatagramChannel ch) {
                        ch.pipeline().addLast(new ClientDatagramHandler(() -> link, paths::onProbeAck,
                                media -> notifyListener(() -> listener.onMedia(media))));
                    }
                })
                .bind(new InetSocketAddress(0)).addListener((ChannelFuture bound) -> {
                    if (bound.isSuccess()) {
                        udp = (DatagramChannel) bound.channel();
                    } else {
                        LOG.warn("cannot open a UDP socket, media will go over TLS: {}", bound.cause().toString());
                    }
                    attempt();
                });
    }

    private void attempt() {
        if (closing) {
            return;
        }
        new Bootstrap().group(loop).channel(transport.socketChannel())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) config.connectTimeout().toMillis())
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ClientChannelInitializer(sslContext, config.endpoint(), config.maxFrameBytes(),
                        INITIAL_KEEPALIVE_MILLIS, new Events()))
                .connect(config.endpoint().host(), config.endpoint().port())
                .addListener((ChannelFuture connected) -> {
                    if (connected.isSuccess()) {
                        link = new Link(connected.channel());
                    } else {
                        linkFailed(asProtocolException(connected.cause(), config.endpoint()), true);
                    }
                });
    }

    /** Decides what follows a lost or failed link: nothing (closing), failing the first connect, or reconnecting. */
    private void linkFailed(ProtocolException failure, boolean mayReconnect) {
        requests.failAll(new TransportClosedException("the connection to the relay was lost", failure));
        if (closing) {
            return;
        }
        if (!firstConnect.isDone()) {
            firstConnect.completeExceptionally(failure);
            return;
        }
        if (!mayReconnect || failure instanceof UntrustedRelayException
                || failure instanceof RelayErrorException error && isVersionProblem(error.code())) {
            shutdown(failure.getMessage(), new CompletableFuture<>());
            return;
        }
        rooms.linkLost();
        setState(TransportState.Phase.RECONNECTING, MediaPath.PENDING,
                "connection to the relay lost (" + failure.getMessage() + "); reconnecting");
        loop.schedule(this::attempt, backoff.nextDelayNanos(), TimeUnit.NANOSECONDS);
    }

    private static boolean isVersionProblem(ErrorCode code) {
        return code == ErrorCode.VERSION_MISMATCH || code == ErrorCode.WIRE_VERSION_MISMATCH;
    }

    private void onWelcome(Link current, Welcome welcome) {
        if (welcome.version() < ProtocolVersion.MIN_SUPPORTED || welcome.version() > ProtocolVersion.MAX_SUPPORTED) {
            current.failure = new RelayErrorException(ErrorCode.VERSION_MISMATCH, "The relay chose protocol version "
                    + welcome.version() + ", which this app does not speak. Please update the app.");
            current.reconnect = false;
            current.tcp.close();
            return;
        }
        current.hopId = welcome.hopId();
        current.mac = HopKey.fromBase64(welcome.hopKey()).mac();
        current.relayUdp = new InetSocketAddress(((InetSocketAddress) current.tcp.remoteAddress()).getAddress(),
                welcome.udpPort());
        keepAliveMillis = welcome.keepAliveMillis() > 0 ? welcome.keepAliveMillis() : INITIAL_KEEPALIVE_MILLIS;
        current.tcp.pipeline().replace(ClientChannelInitializer.IDLE, ClientChannelInitializer.IDLE,
                ClientChannelInitializer.idleHandler(keepAliveMillis));
        current.welcomed = true;
        backoff.reset();
        if (udp != null) {
            setState(TransportState.Phase.CONNECTED, MediaPath.PENDING,
                    "connected to relay " + config.endpoint() + "; testing UDP");
        }
        paths.start(current);
        rooms.welcomed(current);
        firstConnect.complete(null);
    }

    /** The media path chosen for the current link: the relay switches its delivery, the listener is told. */
    private void selectPath(Link current, MediaPath path, String detail) {
        current.mediaPath = path;
        current.tcp.writeAndFlush(new ControlMessage.SelectMediaPath(path));
        setState(TransportState.Phase.CONNECTED, path, detail);
    }

    private <T> CompletableFuture<T> call(LongFunction<Request> request, Function<Reply, T> onReply) {
        CompletableFuture<T> result = new CompletableFuture<>();
        loop.execute(() -> {
            Link current = link;
            if (current == null || !current.welcomed) {
                result.completeExceptionally(new TransportClosedException("not connected to the relay"));
                return;
            }
            current.tcp.writeAndFlush(request.apply(requests.register(onReply, result)));
        });
        return result;
    }

    private boolean sendData(int recipient, byte[] payload) {
        Link current = link;
        if (current == null || !current.welcomed || !current.tcp.isActive()) {
            return false;
        }
        current.tcp.writeAndFlush(new DataMessage(0, recipient, Unpooled.wrappedBuffer(payload)),
                current.tcp.voidPromise());
        return true;
    }

    private void shutdown(String reason, CompletableFuture<Void> done) {
        closing = true;
        requests.failAll(new TransportClosedException(reason));
        firstConnect.completeExceptionally(new TransportClosedException(reason));
        Link current = link;
        link = null;
        ChannelFuture tcpClosed = null;
        if (current != null) {
            if (rooms.inRoom() && current.welcomed && current.tcp.isActive()) {
                current.tcp.writeAndFlush(new LeaveRoom(0));
            }
            tcpClosed = current.tcp.close();
        }
        ChannelFuture udpClosed = udp == null ? null : udp.close();
        rooms.enter(null);
        if (state.phase() != TransportState.Phase.CLOSED) {
            setState(TransportState.Phase.CLOSED, MediaPath.PENDING, reason);
        }
        whenClosed(tcpClosed, () -> whenClosed(udpClosed, () -> done.complete(null)));
    }

    private static void whenClosed(ChannelFuture future, Runnable then) {
        if (future == null) {
            then.run();
        } else {
            future.addListener(f -> then.run());
        }
    }

    private void setState(TransportState.Phase phase, MediaPath path, String detail) {
        TransportState next = new TransportState(phase, path, detail);
        state = next;
        LOG.debug("relay client state: {}", next);
        notifyListener(() -> listener.onStateChanged(next));
    }

    private void notifyListener(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            LOG.warn("relay client listener failed", e);
        }
    }

    private static ProtocolException asProtocolException(Throwable cause, RelayEndpoint endpoint) {
        if (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ProtocolException protocol) {
            return protocol;
        }
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof PinningTrustManager.RelayCertificateRefused refused) {
                return new UntrustedRelayException(refused.getMessage());
            }
        }
        return new TransportClosedException("cannot reach the relay at " + endpoint + ": " + cause.getMessage(),
                cause);
    }

    /** Link events, on the loop; events of a link that is no longer current are ignored. */
    private final class Events implements LinkEvents {
        private Link current(Channel channel) {
            Link current = link;
            return current != null && current.tcp == channel ? current : null;
        }

        @Override
        public void onTlsReady(Channel channel) {
            if (current(channel) != null) {
                channel.writeAndFlush(new Hello(ProtocolVersion.MIN_SUPPORTED, ProtocolVersion.MAX_SUPPORTED,
                        config.software()));
            }
        }

        @Override
        public void onTlsFailed(Channel channel, Throwable cause) {
            Link current = current(channel);
            if (current != null) {
                current.failure = asProtocolException(cause, config.endpoint());
            }
        }

        @Override
        public void onControl(Channel channel, ControlMessage message) {
            Link current = current(channel);
            if (current == null) {
                return;
            }
            switch (message) {
                case Welcome welcome -> onWelcome(current, welcome);
                case ErrorMessage error when error.requestId() == 0 -> {
                    current.failure = new RelayErrorException(error.code(), error.message());
                    current.reconnect = !isVersionProblem(error.code());
                    channel.close();
                }
                case Reply reply -> requests.complete(reply);
                case ParticipantJoined joined -> rooms.participantJoined(joined);
                case LobbyJoined joined -> rooms.lobbyJoined(joined);
                case ParticipantLeft left -> rooms.participantLeft(left);
                case RoomClosed closed -> rooms.roomClosed(closed);
                case Ping ping -> channel.writeAndFlush(new Pong(ping.nonce()));
                case Pong pong -> rtt.sample(System.nanoTime() - pong.nonce());
                case Goodbye goodbye -> {
                    current.failure = new TransportClosedException("the relay is shutting down: " + goodbye.reason());
                    current.reconnect = goodbye.reconnect();
                }
                default -> LOG.debug("ignoring {} from the relay", message.getClass().getSimpleName());
            }
        }

        @Override
        public void onData(Channel channel, DataMessage message) {
            if (current(channel) != null) {
                ReceivedMessage received = new ReceivedMessage(message.sender(), message.isAddressed(),
                        ByteBufUtil.getBytes(message.payload()));
                notifyListener(() -> listener.onMessage(received));
            }
        }

        @Override
        public void onMedia(Channel channel, MediaMessage message) {
            if (current(channel) != null) {
                ReceivedMedia received = new ReceivedMedia(message.sourceId(), message.streamId(),
                        message.sequence(), message.priority(), MediaPath.TCP, ByteBufUtil.getBytes(message.payload()));
                notifyListener(() -> listener.onMedia(received));
            }
        }

        @Override
        public void onWriterIdle(Channel channel) {
            if (current(channel) != null) {
                channel.writeAndFlush(new Ping(System.nanoTime()));
            }
        }

        @Override
        public void onClosed(Channel channel) {
            Link current = current(channel);
            if (current == null) {
                return;
            }
            link = null;
            ProtocolException failure = current.failure != null ? current.failure
                    : new TransportClosedException("the relay closed the connection");
            linkFailed(failure, current.reconnect);
        }
    }
}
