/**
 * CPace, the balanced password-authenticated key exchange of draft-irtf-cfrg-cpace-21 (suite CPACE-X25519-SHA512,
 * initiator-responder setting), with explicit key confirmation (Section 10.4), for meetings joined with a meeting
 * number and a short typed password.
 *
 * <p>Start with {@link org.sealroom.crypto.pake.PasswordSecret}, {@link org.sealroom.crypto.pake.CpaceChannelId} and
 * {@link org.sealroom.crypto.pake.CpaceSessionId}; run a {@link org.sealroom.crypto.pake.CpaceSession} per attempt;
 * exchange confirmation tags on the resulting {@link org.sealroom.crypto.pake.CpaceSharedKey} before deriving keys.
 * Every failure is a {@link org.sealroom.crypto.pake.PakeException}. {@code docs/crypto.md} ("CPace (typed-password
 * meetings)") lists every parameter and label and what the password form does and does not protect.
 */
package org.sealroom.crypto.pake;
