package org.sealroom.crypto.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.NoSuchPaddingException;

/**
 * Obtains JCA objects for algorithms every JDK must ship (AES/GCM, AES/CTR, HmacSHA256/512, SHA-256). Their
 * absence is a broken runtime, not bad input, so it surfaces as {@link IllegalStateException}.
 */
public final class Jca {

    private Jca() {
    }

    public static Cipher cipher(String transformation) {
        try {
            return Cipher.getInstance(transformation);
        } catch (NoSuchAlgorithmException | NoSuchPaddingException e) {
            throw missing(transformation, e);
        }
    }

    public static Mac mac(String algorithm) {
        try {
            return Mac.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw missing(algorithm, e);
        }
    }

    public static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw missing(algorithm, e);
        }
    }

    /** Wraps a JCA failure that only a broken runtime or a bug in crypto-core can cause. */
    public static IllegalStateException missing(String what, GeneralSecurityException cause) {
        return new IllegalStateException("JCA failure for " + what + " (broken runtime or crypto-core bug)", cause);
    }
}
