package org.sealroom.crypto;

import java.util.Arrays;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * Base of every secret key type: owns one byte array, overwrites it on {@link #destroy()} (best effort on the
 * JVM: copies made by the garbage collector or inside the JDK cannot be reached), and never prints it.
 * Subclasses check lengths when the object is made.
 */
public abstract class SecretKeyMaterial implements Destroyable, AutoCloseable {

    private final byte[] material;
    private volatile boolean destroyed;

    /** Takes ownership of {@code material}; the caller must not keep or reuse the array. */
    protected SecretKeyMaterial(byte[] material) {
        this.material = Objects.requireNonNull(material, "material");
    }

    /**
     * The live key bytes for use inside crypto-core. Never hand this array out.
     *
     * @throws IllegalStateException if the key was destroyed
     */
    protected final byte[] material() {
        if (destroyed) {
            throw new IllegalStateException(getClass().getSimpleName() + " has been destroyed");
        }
        return material;
    }

    /**
     * A copy of the raw key bytes. Every call site needs the {@link InsecureSecretKeyAccess} token so that the
     * places where secrets leave their typed wrapper stay few and visible. The caller should wipe the copy.
     */
    public final byte[] copyMaterial(InsecureSecretKeyAccess access) {
        Objects.requireNonNull(access, "access");
        return material().clone();
    }

    /** Overwrites the key bytes with zeros; the key can no longer be used. Idempotent. */
    @Override
    public final void destroy() {
        destroyed = true;
        Arrays.fill(material, (byte) 0);
        destroyDerived();
    }

    /** Hook for subclasses that keep derived secrets (for example expanded subkeys) beside the material. */
    protected void destroyDerived() {
    }

    @Override
    public final boolean isDestroyed() {
        return destroyed;
    }

    /** Same as {@link #destroy()}, so keys work in try-with-resources. */
    @Override
    public final void close() {
        destroy();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[secret redacted" + (destroyed ? ", destroyed]" : "]");
    }
}
