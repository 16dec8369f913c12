package org.sealroom.client.session;

/** A running camera preview or microphone level meter; closing it releases the device. */
public interface DevicePreview extends AutoCloseable {
    @Override
    void close();
}
