package dev.switchboard.conversations.intercom.aicontent;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * A content import source ({@code content_import_source}): a place external pages of Fin's content library come from
 * (a website, a knowledge base), and from which they inherit their audience. Deleting one deletes its pages.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ContentImportSource extends JsonModel {

    /** @param json the object as sent */
    public ContentImportSource(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code content_import_source}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the source's id (sent as an integer, read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return when it was last synced, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant lastSyncedAt() {
        return instant("last_synced_at");
    }

    /**
     * @return {@code api}, {@code automatic} or {@code manual} (open: unknown values are kept), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public SyncBehavior syncBehavior() {
        return openEnum("sync_behavior", SyncBehavior::of);
    }

    /**
     * @return {@code active} or {@code deactivated} (open: unknown values are kept), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public ContentImportSourceStatus status() {
        return openEnum("status", ContentImportSourceStatus::of);
    }

    /**
     * @return the URL of the root of the source, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String url() {
        return string("url");
    }

    /**
     * @return when it was created, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * @return when it last changed, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant updatedAt() {
        return instant("updated_at");
    }
}
