package org.sealroom.crypto;

/**
 * A token that must be passed to every method that turns raw bytes into a secret key or hands out a key's raw
 * bytes. It guards nothing at run time; it makes each such place explicit and easy to find in review
 * ({@code grep InsecureSecretKeyAccess}). The idea is Tink's {@code InsecureSecretKeyAccess}.
 */
public final class InsecureSecretKeyAccess {

    private static final InsecureSecretKeyAccess INSTANCE = new InsecureSecretKeyAccess();

    private InsecureSecretKeyAccess() {
    }

    public static InsecureSecretKeyAccess get() {
        return INSTANCE;
    }
}
