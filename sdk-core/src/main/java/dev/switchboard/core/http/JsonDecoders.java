package dev.switchboard.core.http;

import com.fasterxml.jackson.databind.JavaType;
import dev.switchboard.core.json.Json;
import java.io.IOException;
import java.io.InputStream;

/** The JSON decoder of each class, made once: building an {@code ObjectReader} per call costs a lookup and garbage. */
final class JsonDecoders {
    private static final ClassValue<ResponseDecoder<?>> BY_CLASS = new ClassValue<>() {
        @Override
        protected ResponseDecoder<?> computeValue(Class<?> type) {
            return of(Json.types().constructType(type));
        }
    };

    private JsonDecoders() {
    }

    @SuppressWarnings("unchecked")
    static <T> ResponseDecoder<T> of(Class<T> type) {
        return (ResponseDecoder<T>) BY_CLASS.get(type);
    }

    static <T> ResponseDecoder<T> of(JavaType type) {
        com.fasterxml.jackson.databind.ObjectReader reader = Json.reader(type);
        String name = type.getRawClass().getSimpleName();
        return new ResponseDecoder<>() {
            @Override
            public T decode(int status, Headers headers, InputStream body) throws IOException {
                return reader.readValue(body);
            }

            @Override
            public String target() {
                return name;
            }
        };
    }
}
