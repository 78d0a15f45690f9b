package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.json.JsonObject;

/** The payload of {@code thread_tagged} and {@code thread_untagged}. */
public final class ThreadTag extends LiveChatModel {

    /** @param json the payload as sent */
    public ThreadTag(JsonObject json) {
        super(json);
    }

    /** @return the chat */
    public String chatId() {
        return id("chat_id");
    }

    /** @return the thread */
    public String threadId() {
        return id("thread_id");
    }

    /** @return the tag added or removed */
    public String tag() {
        return string("tag");
    }
}
