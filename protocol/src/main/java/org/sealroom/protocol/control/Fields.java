package org.sealroom.protocol.control;

import java.util.List;

/** Field checks for control messages; a failure becomes a malformed-message error naming the field. */
final class Fields {
    private Fields() {
    }

    static void requireText(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("field '" + field + "' is missing");
        }
    }

    static void requireNonNull(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("field '" + field + "' is missing");
        }
    }

    static List<String> copyOf(List<String> values) {
        if (values == null) {
            return List.of();
        }
        for (String value : values) {
            requireText(value, "admissionVerifiers[]");
        }
        return List.copyOf(values);
    }
}
