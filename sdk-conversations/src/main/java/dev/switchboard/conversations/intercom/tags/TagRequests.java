package dev.switchboard.conversations.intercom.tags;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What the bodies of {@link TagRequest} share: list checks and the companies' entries. */
final class TagRequests {
    private TagRequests() {
    }

    static <T> List<T> nonEmpty(List<T> list, String name) {
        Objects.requireNonNull(list, name);
        if (list.isEmpty()) {
            throw new IllegalArgumentException(name + " must hold at least one entry");
        }
        for (T t : list) {
            if (t == null) {
                throw new IllegalArgumentException(name + " must not hold null");
            }
        }
        return List.copyOf(list);
    }

    static Map<String, Object> companies(String name, List<CompanyIdentifier> companies, boolean untag) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (CompanyIdentifier c : companies) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put(c.field(), c.value());
            if (untag) {
                entry.put("untag", true);
            }
            entries.add(Collections.unmodifiableMap(entry));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("companies", Collections.unmodifiableList(entries));
        return Collections.unmodifiableMap(json);
    }
}
