package org.sealroom.crypto.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;

/** Loads the RFC test-vector files from {@code src/test/resources/testvectors/}. */
public final class TestVectors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestVectors() {
    }

    public static JsonNode load(String name) {
        try (InputStream in = TestVectors.class.getResourceAsStream("/testvectors/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test vector file " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] hex(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new IllegalArgumentException("vector lacks field " + field);
        }
        return HexFormat.of().parseHex(value.asText());
    }

    public static byte[] hex(String text) {
        return HexFormat.of().parseHex(text);
    }
}
