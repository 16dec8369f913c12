package org.sealroom.client.remote;

/** This machine cannot inject input (no display, headless Java, or a refusing window system). */
public final class InjectorUnavailableException extends RuntimeException {

    public InjectorUnavailableException(String message) {
        super(message);
    }

    public InjectorUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
