package org.sealroom.client.ui.settings;

/** An entry of the "relay for new meetings" picker; an empty address is the embedded relay on this computer. */
public record RelayChoice(String address, String label) {
    @Override
    public String toString() {
        return label;
    }
}
