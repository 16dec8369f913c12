/**
 * Helpers shared by the crypto-core packages. Not API: other modules must not use these classes (their
 * architecture tests forbid it), and they may change without notice.
 */
package org.sealroom.crypto.internal;
