package org.sealroom.client.meeting;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.sealroom.client.identity.ContactBook;
import org.sealroom.client.identity.KeyFileIdentityService;
import org.sealroom.client.media.EngineDeviceService;
import org.sealroom.client.media.SessionMediaFactory;
import org.sealroom.media.MediaClock;
import org.sealroom.media.MediaEngine;
import org.sealroom.client.session.ClientContext;
import org.sealroom.client.session.ClientServices;
import org.sealroom.client.session.ClientServicesProvider;
import org.sealroom.client.session.SessionException;
import org.sealroom.protocol.meeting.KeyLog;
import org.sealroom.protocol.transport.KnownRelays;
import org.sealroom.protocol.transport.RelayClientConfig;
import org.sealroom.protocol.transport.RelayFingerprint;

/** The desktop app's composition root: identity key file, contact book, relays, media devices, live sessions. */
public final class LiveClientServicesProvider implements ClientServicesProvider {

    @Override
    public ClientServices create(ClientContext context) throws SessionException {
        KeyFileIdentityService identity = new KeyFileIdentityService(context.configDirectory());
        LiveSessionService.Environment environment = new LiveSessionService.Environment(identity::keyPair,
                context.configDirectory(), new KnownRelays(context.configDirectory().resolve("known-relays")),
                ContactBook.open(context.configDirectory().resolve("contacts.json")), KeyLog.NONE,
                RelayClientConfig.MediaPolicy.AUTO,
                endpoint -> context.relayPins().pinnedFingerprint(endpoint.toString())
                        .flatMap(LiveClientServicesProvider::decodePin));
        MediaEngine engine = new MediaEngine(MediaClock.system());
        EngineDeviceService devices = new EngineDeviceService(engine);
        return new ClientServices(new LiveSessionService(environment,
                new SessionMediaFactory(engine, devices::selection)), identity, devices);
    }

    /** Pins are stored as base64url SHA-256, as in a join link. */
    private static Optional<RelayFingerprint> decodePin(String pin) {
        try {
            return Optional.of(new RelayFingerprint(HexFormat.of().formatHex(Base64.getUrlDecoder().decode(pin))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
