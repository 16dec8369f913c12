package org.sealroom.client.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredRelayPinsTest {

    @TempDir Path dir;

    @Test
    void aPinTheSessionLayerMakesIsKeptInTheSettingsFile() {
        SettingsStore store = new SettingsStore(dir);
        StoredRelayPins pins = new StoredRelayPins(store);
        assertThat(pins.pinnedFingerprint("relay.example.org:7443")).isEmpty();

        pins.pin("relay.example.org:7443", "q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c");

        assertThat(new StoredRelayPins(new SettingsStore(dir)).pinnedFingerprint("RELAY.example.org:7443"))
                .contains("q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c");
        assertThat(store.current().relays()).singleElement().extracting(RelayEntry::address)
                .isEqualTo("relay.example.org:7443");
    }
}
