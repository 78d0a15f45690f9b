package dev.switchboard.core.json;

import dev.switchboard.core.DecodeException;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A read-only list of strings viewing a JSON array; integers read as their digits (ids), {@code null} as
 * {@code null}, anything else throws {@link DecodeException} when read.
 */
final class StringList extends AbstractList<String> implements RandomAccess {
    private final JsonArray array;
    private final JsonModel parent;
    private final String field;

    StringList(JsonArray array, JsonModel parent, String field) {
        this.array = array;
        this.parent = parent;
        this.field = field;
    }

    @Override
    public String get(int i) {
        java.util.Objects.checkIndex(i, array.size());
        Object v = array.rawAt(i);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        if (v instanceof Integer || v instanceof Long || (v instanceof RawNumber r && r.integral)) {
            return v.toString();
        }
        throw JsonModel.mismatchAt(parent.getClass().getSimpleName() + "." + field + "[" + i + "]",
                parent.path(field) + "[" + i + "]", "a string", v);
    }

    @Override
    public int size() {
        return array.size();
    }
}
