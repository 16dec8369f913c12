package org.sealroom.client.session;

/**
 * This user's long-term identity key as the UI shows it: the compact fingerprint (as in join links), the safety number
 * others compare by voice, and whether the key file is protected by a passphrase. Holds no secret.
 */
public record IdentitySummary(String fingerprint, String safetyNumber, boolean passphraseProtected) {}
