package org.sealroom.protocol.control;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.stream.Collectors;

/** The one Jackson configuration for control messages. Unknown properties are ignored so newer peers can add them. */
public final class ControlJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ControlJson() {
    }

    public static ControlMessage read(InputStream json) throws IOException {
        return MAPPER.readValue(json, ControlMessage.class);
    }

    public static void write(ControlMessage message, OutputStream out) throws IOException {
        MAPPER.writerFor(ControlMessage.class).writeValue(out, message);
    }

    public static byte[] toBytes(ControlMessage message) {
        try {
            return MAPPER.writerFor(ControlMessage.class).writeValueAsBytes(message);
        } catch (IOException e) {
            throw new IllegalStateException("control message " + message.getClass().getSimpleName()
                    + " cannot be written as JSON", e);
        }
    }

    /**
     * Why Jackson refused a message, in words that never echo the input: the input may hold tokens, and these
     * words end up in logs and error replies.
     */
    public static String describeFailure(JacksonException e) {
        if (e instanceof JsonParseException) {
            return "not valid JSON";
        }
        if (e instanceof InvalidTypeIdException) {
            return "unknown or missing message type";
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException cause) {
            return cause.getMessage();
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "wrong or missing value for field '" + mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")) + "'";
        }
        return "not a control message";
    }
}
