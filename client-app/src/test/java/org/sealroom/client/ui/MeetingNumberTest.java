package org.sealroom.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeetingNumberTest {

    @Test
    void normalizesTypedNumbers() {
        assertThat(MeetingNumber.normalize("482 193 057")).contains("482193057");
        assertThat(MeetingNumber.normalize("482-193-057")).contains("482193057");
        assertThat(MeetingNumber.normalize("123")).isEmpty();
        assertThat(MeetingNumber.normalize("12a4")).isEmpty();
        assertThat(MeetingNumber.normalize("1".repeat(21))).isEmpty();
    }

    @Test
    void groupsDigitsInThreesFromTheRight() {
        assertThat(MeetingNumber.grouped("482193057")).isEqualTo("482 193 057");
        assertThat(MeetingNumber.grouped("1234")).isEqualTo("1 234");
        assertThat(MeetingNumber.grouped("12")).isEqualTo("12");
    }
}
