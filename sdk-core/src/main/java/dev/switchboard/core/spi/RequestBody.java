package dev.switchboard.core.spi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The body of an {@link ApiRequest}: JSON, a form, or raw bytes. */
public sealed interface RequestBody {

    /**
     * A JSON body: a model, a map, a list or a Jackson tree, written with the SDK's JSON conventions (a
     * {@link dev.switchboard.core.json.Patch} field that is absent is left out, one set to null is written as
     * {@code null}).
     *
     * @param value what to write
     */
    record Json(Object value) implements RequestBody {
        /** Checks the value. */
        public Json {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * An {@code application/x-www-form-urlencoded} body.
     *
     * @param fields field names to values, in order
     */
    record Form(Map<String, String> fields) implements RequestBody {
        /** Copies the fields, keeping their order. */
        public Form {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /**
     * Raw bytes with a content type.
     *
     * @param contentType media type, for example {@code application/octet-stream}
     * @param bytes the body
     */
    record Bytes(String contentType, byte[] bytes) implements RequestBody {
        /** Copies the bytes. */
        public Bytes {
            Objects.requireNonNull(contentType, "contentType");
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && b.contentType.equals(contentType) && java.util.Arrays.equals(b.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return contentType.hashCode() * 31 + java.util.Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Bytes[" + contentType + ", " + bytes.length + " bytes]";
        }
    }
}
