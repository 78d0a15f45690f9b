package dev.switchboard.core.spi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;

/** The JSON decoder of each class, made once: building an {@code ObjectReader} per call costs a lookup and garbage. */
final class JsonDecoders {
    private static final ClassValue<ResponseDecoder<?>> BY_CLASS = new ClassValue<>() {
        @Override
        protected ResponseDecoder<?> computeValue(Class<?> type) {
            return Json.isTree(type) ? tree(type) : of(Json.types().constructType(type));
        }
    };

    private JsonDecoders() {
    }

    @SuppressWarnings("unchecked")
    static <T> ResponseDecoder<T> of(Class<T> type) {
        return (ResponseDecoder<T>) BY_CLASS.get(type);
    }

    /** Models viewed over their JSON: one pass from the stream into a {@code JsonObject}, no data binding. */
    private static <T> ResponseDecoder<T> tree(Class<T> type) {
        String name = type.getSimpleName();
        return new ResponseDecoder<>() {
            @Override
            public T decode(int status, Headers headers, InputStream body) throws IOException {
                try (JsonParser p = Json.parser(body)) {
                    if (p.nextToken() == null) {
                        throw MismatchedInputException.from(p, type, "the body is empty");
                    }
                    Object v = Json.readValue(p);
                    if (p.nextToken() != null) {
                        throw MismatchedInputException.from(p, type, "unexpected content after the JSON value");
                    }
                    if (!(v instanceof JsonObject o)) {
                        throw MismatchedInputException.from(p, type, "the body is not a JSON object");
                    }
                    return Json.view(o, type);
                }
            }

            @Override
            public String target() {
                return name;
            }
        };
    }

    static <T> ResponseDecoder<T> of(JavaType type) {
        if (Json.isTree(type.getRawClass())) {
            @SuppressWarnings("unchecked")
            ResponseDecoder<T> d = (ResponseDecoder<T>) of(type.getRawClass());
            return d;
        }
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
