package org.sealroom.protocol.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The relay-level credentials of a room, shared by client and relay so both derive the same values:
 * tokens are 32 random bytes in unpadded base64url; a token's verifier is base64url(SHA-256(token)), so the relay
 * stores verifiers and never tokens; a room id is derived from the owner token, so after a relay restart only the
 * owner can bring the room back under the same id.
 *
 * <p>These credentials govern the relay's routing only. They give no access to meeting content, which is
 * end-to-end encrypted under keys the relay never sees.
 */
public final class RoomCredentials {
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final byte[] ROOM_ID_LABEL = "sealroom room id v1:".getBytes(StandardCharsets.US_ASCII);
    private static final int TOKEN_BYTES = 32;
    private static final int ROOM_ID_BYTES = 16;

    private RoomCredentials() {
    }

    /** A fresh random token (owner, admission or resume token). */
    public static String newToken(SecureRandom random) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }

    /** The verifier a room stores for an admission token: base64url(SHA-256(UTF-8 token)). */
    public static String verifierOf(String token) {
        return BASE64URL.encodeToString(sha256(token.getBytes(StandardCharsets.UTF_8)));
    }

    /** The room id owned by {@code ownerToken}: base64url of the first 16 bytes of SHA-256(label || token). */
    public static String roomIdOf(String ownerToken) {
        byte[] token = ownerToken.getBytes(StandardCharsets.UTF_8);
        byte[] input = Arrays.copyOf(ROOM_ID_LABEL, ROOM_ID_LABEL.length + token.length);
        System.arraycopy(token, 0, input, ROOM_ID_LABEL.length, token.length);
        return BASE64URL.encodeToString(Arrays.copyOf(sha256(input), ROOM_ID_BYTES));
    }

    /** Whether {@code ownerToken} owns {@code roomId}; constant time in the comparison. */
    public static boolean owns(String ownerToken, String roomId) {
        return MessageDigest.isEqual(roomIdOf(ownerToken).getBytes(StandardCharsets.US_ASCII),
                roomId.getBytes(StandardCharsets.US_ASCII));
    }

    /** SHA-256 of a token, for storing resume tokens without the tokens themselves. */
    public static byte[] digest(String token) {
        return sha256(token.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
