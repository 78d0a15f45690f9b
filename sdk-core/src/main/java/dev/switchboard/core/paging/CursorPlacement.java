package dev.switchboard.core.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.RequestBody;
import java.util.List;
import java.util.Map;

/**
 * Where an opaque cursor goes on the next request: a query parameter, or a field of the JSON body (for searches,
 * whose cursor rides in the body even when the first body had no pagination object).
 *
 * @param queryParam the query parameter, or {@code null} for a body field
 * @param bodyPath the object path in the body, or {@code null} for a query parameter
 */
record CursorPlacement(String queryParam, List<String> bodyPath) {

    static CursorPlacement query(String param) {
        return new CursorPlacement(param, null);
    }

    static CursorPlacement body(List<String> path) {
        return new CursorPlacement(null, List.copyOf(path));
    }

    ApiRequest apply(ApiRequest first, String cursor) {
        if (queryParam != null) {
            return first.withQueryParam(queryParam, cursor);
        }
        JsonNode tree = first.body().filter(b -> b instanceof RequestBody.Json)
                .map(b -> Json.toTree(((RequestBody.Json) b).value()))
                .orElseGet(() -> Json.toTree(Map.of()));
        if (!(tree instanceof ObjectNode root)) {
            throw new IllegalArgumentException("a body cursor needs a JSON object body");
        }
        ObjectNode node = root.deepCopy();
        ObjectNode target = node;
        for (int i = 0; i < bodyPath.size() - 1; i++) {
            JsonNode child = target.get(bodyPath.get(i));
            target = child instanceof ObjectNode o ? o : target.putObject(bodyPath.get(i));
        }
        target.put(bodyPath.get(bodyPath.size() - 1), cursor);
        return first.withBody(new RequestBody.Json(node));
    }
}
