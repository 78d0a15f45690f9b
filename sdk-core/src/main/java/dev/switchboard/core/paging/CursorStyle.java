package dev.switchboard.core.paging;

import dev.switchboard.core.json.JsonObject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.http.ApiRequest;
import dev.switchboard.core.http.RequestBody;
import dev.switchboard.core.json.Json;
import java.util.List;
import java.util.Optional;

/** Opaque cursors, in a query parameter or in the JSON body. */
record CursorStyle(String itemsPointer, String nextPointer, String queryParam, List<String> bodyPath) implements PageStyle {

    @Override
    public ApiRequest apply(ApiRequest first, String cursor) {
        if (queryParam != null) {
            return first.withQueryParam(queryParam, cursor);
        }
        JsonNode tree = first.body().filter(b -> b instanceof RequestBody.Json)
                .map(b -> Json.toTree(((RequestBody.Json) b).value()))
                .orElseGet(() -> Json.toTree(java.util.Map.of()));
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

    @Override
    public Optional<String> next(ApiRequest request, JsonObject meta, int itemCount) {
        Object n = Meta.at(meta, nextPointer);
        if (!(n instanceof String || n instanceof Number || n instanceof Boolean) || n.toString().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(n.toString());
    }
}
