package dev.switchboard.conversations.moveworks;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/** One of a {@link User}'s ids in a connected system; a typed view over its JSON (see {@link JsonModel}). */
public final class ExternalId extends JsonModel {

    /** @param json the object as sent */
    public ExternalId(JsonObject json) {
        super(json);
    }

    /** @return the connector, in lower case ({@code slack}, {@code snow}, {@code ms_graph}, ...) */
    public String connectorName() {
        return string("connector_name");
    }

    /** @return the user's id there (an e-mail address, a sys_id, {@code U08NLE975K7:T9Y2010KZ}, ...) */
    public String externalId() {
        return id("external_id");
    }

    /** @return the system ({@code SLACK}, {@code SNOW}, {@code MS_GRAPH}, ...) */
    public ExternalIdSource source() {
        return openEnum("source", ExternalIdSource::of);
    }
}
