package dev.switchboard.conversations.intercom.reporting;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A dataset that can be exported, with the attributes an export may select.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class Dataset extends JsonModel {

    /** @param json the object as sent */
    public Dataset(JsonObject json) {
        super(json);
    }

    /**
     * @return the dataset id to enqueue, for example {@code conversation}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return its display name, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String name() {
        return string("name");
    }

    /**
     * @return what it holds, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String description() {
        return string("description");
    }

    /**
     * @return the attribute the export's time window applies to, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String defaultTimeAttributeId() {
        return id("default_time_attribute_id");
    }

    /**
     * @return the attributes, whose ids go into {@link ExportRequest#attributeIds()}, or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<Attribute> attributes() {
        return list("attributes", Attribute::new);
    }

    /**
     * @return the attribute ids, in the server's order; empty when the dataset has none (a {@code null} attribute is
     *     skipped)
     * @throws dev.switchboard.core.DecodeException if {@code attributes}, one of them or its id has an unexpected type
     */
    public List<String> attributeIds() {
        List<String> ids = new ArrayList<>();
        for (Attribute a : listOrEmpty("attributes", Attribute::new)) {
            if (a != null) {
                ids.add(a.id());
            }
        }
        return Collections.unmodifiableList(ids);
    }

    /**
     * One attribute (column) of a dataset.
     *
     * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
     */
    public static final class Attribute extends JsonModel {

        /** @param json the object as sent */
        public Attribute(JsonObject json) {
            super(json);
        }

        /**
         * @return the attribute id, for example {@code conversation_id}, or {@code null}
         * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
         */
        public String id() {
            return id("id");
        }

        /**
         * @return its display name, or {@code null}
         * @throws dev.switchboard.core.DecodeException if it is not a string
         */
        public String name() {
            return string("name");
        }
    }
}
