package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/** A tag, as the configuration webhooks carry it (3.5+). The name is its identity. */
public final class Tag extends LiveChatModel {

    /** @param json the object as sent */
    public Tag(JsonObject json) {
        super(json);
    }

    /** @return the tag (matched ignoring case) */
    public String name() {
        return string("name");
    }

    /**
     * @return the groups it is available in (integers)
     * @throws DecodeException if they are not an array
     */
    public List<Integer> groupIds() {
        return integers("group_ids");
    }

    /**
     * @return when it was created (the offset may not be {@code Z}), its text kept as sent
     * @throws DecodeException if it is not a string
     */
    public Timestamp createdAt() {
        return timestamp("created_at");
    }

    /** @return who created it; may be empty */
    public String authorId() {
        return id("author_id");
    }
}
