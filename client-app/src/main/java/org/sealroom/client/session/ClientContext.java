package org.sealroom.client.session;

import java.nio.file.Path;

/**
 * What the desktop app hands the session layer when it wires it up: the per-user configuration directory (where the
 * identity key file and contact book belong) and the user's relay pins.
 */
public record ClientContext(Path configDirectory, RelayPinStore relayPins) {}
