/**
 * Sealroom's cryptographic core: identity keys (Ed25519), HPKE key wrap (RFC 9180), meeting-key epochs,
 * SFrame (RFC 9605) with replay protection, and security codes. It depends only on the JDK and Bouncy Castle.
 *
 * <p>All checked failures extend {@link org.sealroom.crypto.CryptoException}. Secret keys extend
 * {@link org.sealroom.crypto.SecretKeyMaterial}. Classes in {@code org.sealroom.crypto.internal} are not API.
 * See {@code docs/crypto.md} for every primitive, parameter and label.
 */
package org.sealroom.crypto;
