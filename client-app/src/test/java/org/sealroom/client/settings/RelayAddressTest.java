package org.sealroom.client.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RelayAddressTest {

    @Test
    void parsesHostsWithAndWithoutPort() {
        assertThat(RelayAddress.parse("Relay.Example.org")).isEqualTo(new RelayAddress("relay.example.org", 7443));
        assertThat(RelayAddress.parse(" 10.0.0.5:9000 ")).hasToString("10.0.0.5:9000");
        assertThat(RelayAddress.parse("[::1]:7443").host()).isEqualTo("[::1]");
        assertThat(RelayAddress.parse("localhost")).hasToString("localhost:7443");
    }

    @Test
    void rejectsWhatIsNotAHost() {
        assertThat(RelayAddress.isValid("https://relay.example.org")).isFalse();
        assertThat(RelayAddress.isValid("relay example")).isFalse();
        assertThat(RelayAddress.isValid("")).isFalse();
        assertThatThrownBy(() -> RelayAddress.parse("relay.example.org:70000"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 65535");
    }
}
