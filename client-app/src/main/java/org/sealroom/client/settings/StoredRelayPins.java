package org.sealroom.client.settings;

import java.util.Optional;
import org.sealroom.client.session.RelayPinStore;

/** Relay certificate pins kept in the user's settings, so the settings screen shows what the session layer pinned. */
public final class StoredRelayPins implements RelayPinStore {

    private final SettingsStore store;

    public StoredRelayPins(SettingsStore store) {
        this.store = store;
    }

    @Override
    public Optional<String> pinnedFingerprint(String relayAddress) {
        return store.load().relay(relayAddress).filter(RelayEntry::pinned).map(RelayEntry::pinnedFingerprint);
    }

    @Override
    public void pin(String relayAddress, String certificateFingerprint) {
        store.update(settings -> settings.withPin(relayAddress, certificateFingerprint));
    }
}
