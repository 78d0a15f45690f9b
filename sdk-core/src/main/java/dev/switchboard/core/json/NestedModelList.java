package dev.switchboard.core.json;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/** The lazy view {@link JsonModel#lists} gives of an array of arrays of objects: each inner array a {@link ModelList}. */
final class NestedModelList<M extends JsonModel> extends AbstractList<List<M>> implements RandomAccess {
    private final JsonArray array;
    private final Function<JsonObject, ? extends M> view;
    private final JsonModel parent;
    private final String field;

    NestedModelList(JsonArray array, Function<JsonObject, ? extends M> view, JsonModel parent, String field) {
        this.array = array;
        this.view = view;
        this.parent = parent;
        this.field = field;
    }

    @Override
    public List<M> get(int i) {
        java.util.Objects.checkIndex(i, array.size());
        Object v = array.rawAt(i);
        if (v == null) {
            return null;
        }
        if (v instanceof JsonArray inner) {
            return new ModelList<>(inner, view, parent, field + "[" + i + "]");
        }
        throw JsonModel.mismatchAt(parent.getClass().getSimpleName() + "." + field + "[" + i + "]",
                parent.path(field) + "[" + i + "]", "an array", v);
    }

    @Override
    public int size() {
        return array.size();
    }
}
