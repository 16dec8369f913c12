/**
 * Sealroom wire formats and client transport. {@code wire}: frame and datagram formats and their Netty codecs;
 * {@code control}: the relay control messages (JSON); {@code transport}: the client side of the relay connection.
 * None of these touch end-to-end keys: payloads are opaque bytes.
 */
package org.sealroom.protocol;
