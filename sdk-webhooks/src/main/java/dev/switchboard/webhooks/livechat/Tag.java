package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import dev.switchboard.webhooks.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * A tag, as the configuration webhooks carry it (3.5+). The name is its identity.
 *
 * @param name the tag (matched ignoring case)
 * @param groupIds the groups it is available in (integers)
 * @param createdAt when it was created (the offset may not be {@code Z})
 * @param authorId who created it; may be empty
 * @param extra fields this SDK does not know
 */
public record Tag(
        @JsonProperty("name") String name,
        @JsonProperty("group_ids") List<Integer> groupIds,
        @JsonProperty("created_at") Timestamp createdAt,
        @JsonProperty("author_id") String authorId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the collections immutable. */
    public Tag {
        groupIds = Copies.list(groupIds);
        extra = Extras.of(extra);
    }
}
