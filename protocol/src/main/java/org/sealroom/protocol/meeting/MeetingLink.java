package org.sealroom.protocol.meeting;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sealroom.crypto.InsecureSecretKeyAccess;
import org.sealroom.crypto.MalformedDataException;
import org.sealroom.crypto.identity.Fingerprint;
import org.sealroom.crypto.meeting.MeetingSecret;
import org.sealroom.protocol.transport.RelayEndpoint;
import org.sealroom.protocol.transport.RelayFingerprint;

/**
 * A join link (docs/protocol.md section 2): {@code sealroom://HOST[:PORT]/ROOM#v1.FINGERPRINT.SECRET[.RELAYCERT]}.
 * Everything after {@code #} stays on the joiner's machine.
 */
public record MeetingLink(RelayEndpoint relay, String roomId, Fingerprint host, MeetingSecret secret,
        Optional<RelayFingerprint> relayCertificate) {

    public static final int DEFAULT_PORT = 7443;
    private static final Pattern FORM = Pattern.compile(
            "sealroom://([^/#?\\s]+)/([A-Za-z0-9_-]{1,64})#v1\\.([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]+)(?:\\.([A-Za-z0-9_-]+))?");

    public static MeetingLink parse(String text) throws InvalidMeetingLinkException {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidMeetingLinkException(
                    "This is not a Sealroom meeting link (expected sealroom://relay/meeting#v1.…).");
        }
        RelayEndpoint relay;
        try {
            String authority = m.group(1);
            relay = RelayEndpoint.parse(authority.contains(":") && !authority.endsWith("]")
                    ? authority : authority + ":" + DEFAULT_PORT);
        } catch (IllegalArgumentException e) {
            throw new InvalidMeetingLinkException("The link names no valid relay address: " + e.getMessage());
        }
        try {
            Fingerprint host = Fingerprint.parseCompact(m.group(3));
            MeetingSecret secret = MeetingSecret.fromLinkForm(m.group(4));
            Optional<RelayFingerprint> certificate = Optional.ofNullable(m.group(5)).map(MeetingLink::decodeCertificate);
            return new MeetingLink(relay, m.group(2), host, secret, certificate);
        } catch (MalformedDataException | IllegalArgumentException e) {
            throw new InvalidMeetingLinkException("The link is damaged (" + e.getMessage() + "). Ask for it again.");
        }
    }

    /** The full link, secret included: show it to the host, never log it. */
    public String format() {
        String base = "sealroom://" + relay.host() + ":" + relay.port() + "/" + roomId + "#v1." + host.compact() + "."
                + secret.toLinkForm(InsecureSecretKeyAccess.get());
        return relayCertificate.map(c -> base + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(HexFormat.of().parseHex(c.hex()))).orElse(base);
    }

    /** The link without its fragment: safe for logs. */
    @Override
    public String toString() {
        return "sealroom://" + relay.host() + ":" + relay.port() + "/" + roomId + "#…";
    }

    private static RelayFingerprint decodeCertificate(String text) {
        return new RelayFingerprint(HexFormat.of().formatHex(Base64.getUrlDecoder().decode(text)));
    }
}
