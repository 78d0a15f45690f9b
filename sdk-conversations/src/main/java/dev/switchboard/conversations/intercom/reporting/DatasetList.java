package dev.switchboard.conversations.intercom.reporting;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * The answer of {@code GET /export/reporting_data/get_datasets} (unpaginated).
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class DatasetList extends JsonModel {

    /** @param json the object as sent */
    public DatasetList(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code list}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the datasets, or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<Dataset> data() {
        return list("data", Dataset::new);
    }

    /**
     * @return the datasets; empty when the answer had none
     * @throws dev.switchboard.core.DecodeException if {@code data} is not an array
     */
    public List<Dataset> datasets() {
        return listOrEmpty("data", Dataset::new);
    }
}
