package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/** Which groups can access a chat or thread. */
public final class Access extends LiveChatModel {

    /** @param json the object as sent */
    public Access(JsonObject json) {
        super(json);
    }

    /**
     * @return the group ids (integers; group 0 is all agents); an element that is not a 32-bit integer throws
     *     {@link DecodeException} when it is read
     * @throws DecodeException if they are not an array
     */
    public List<Integer> groupIds() {
        return integers("group_ids");
    }
}
