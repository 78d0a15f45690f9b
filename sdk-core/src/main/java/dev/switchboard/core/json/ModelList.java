package dev.switchboard.core.json;

import dev.switchboard.core.DecodeException;
import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * A read-only list of models viewing the objects of a JSON array. Each element is viewed when it is read; an
 * element that is not an object throws {@link DecodeException} then, and only then.
 */
final class ModelList<M extends JsonModel> extends AbstractList<M> implements RandomAccess {
    private final JsonArray array;
    private final Function<JsonObject, ? extends M> view;
    private final JsonModel parent;
    private final String field;

    ModelList(JsonArray array, Function<JsonObject, ? extends M> view, JsonModel parent, String field) {
        this.array = array;
        this.view = view;
        this.parent = parent;
        this.field = field;
    }

    @Override
    public M get(int i) {
        java.util.Objects.checkIndex(i, array.size());
        Object v = array.rawAt(i);
        if (v == null) {
            return null;
        }
        if (v instanceof JsonObject o) {
            return JsonModel.place(view.apply(o), parent, field, i);
        }
        throw JsonModel.mismatchAt(parent.getClass().getSimpleName() + "." + field + "[" + i + "]",
                parent.path(field) + "[" + i + "]", "an object", v);
    }

    @Override
    public int size() {
        return array.size();
    }
}
