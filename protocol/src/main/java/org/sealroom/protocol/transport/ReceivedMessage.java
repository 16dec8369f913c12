package org.sealroom.protocol.transport;

/**
 * A reliable payload from another participant: sent to everyone, or addressed to this client alone.
 * The payload is opaque (the end-to-end layer puts SFrame ciphertext in it).
 */
public record ReceivedMessage(int sender, boolean addressed, byte[] payload) {
}
