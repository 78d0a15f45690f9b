package dev.switchboard.conversations.intercom.aicontent;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.spi.Checks;
import java.util.Objects;

/**
 * The body of a content import source create ({@code create_content_import_source_request}) or update
 * ({@code update_content_import_source_request}): both require {@code sync_behavior} and {@code url}, so both are set
 * by the factory; {@code status} is optional. Immutable: each setter returns a copy.
 *
 * <pre>{@code
 * ContentImportSourceRequest create = ContentImportSourceRequest.api("https://help.example.com");
 * ContentImportSourceRequest pause = ContentImportSourceRequest.api("https://help.example.com")
 *         .status(ContentImportSourceStatus.DEACTIVATED);
 * }</pre>
 *
 * <p>Intercom's rules: a source is created with {@code sync_behavior: api} only (checked before sending); an update
 * cannot change the behaviour to or from {@code api}, and may change the URL only of an {@code api} source.
 */
public final class ContentImportSourceRequest {
    private final SyncBehavior syncBehavior;
    private final JsonObject body;

    private ContentImportSourceRequest(SyncBehavior syncBehavior, JsonObject body) {
        this.syncBehavior = syncBehavior;
        this.body = body;
    }

    /**
     * @param url the URL of the root of the source
     * @return a request for a source whose pages come through the API ({@code sync_behavior: api}), to create one or
     *     to update one
     * @throws IllegalArgumentException if the URL is blank
     */
    public static ContentImportSourceRequest api(String url) {
        return of(SyncBehavior.API, url);
    }

    /**
     * @param syncBehavior the source's sync behaviour: for an update, the one it has ({@code api} cannot be changed
     *     to or from)
     * @param url the URL of the root of the source (only an {@code api} source's may change)
     * @return the request
     * @throws IllegalArgumentException if the URL is blank
     */
    public static ContentImportSourceRequest of(SyncBehavior syncBehavior, String url) {
        Objects.requireNonNull(syncBehavior, "syncBehavior");
        return new ContentImportSourceRequest(syncBehavior, JsonObject.of("sync_behavior", syncBehavior.value(),
                "url", Checks.notBlank(url, "url")));
    }

    /**
     * @param status {@link ContentImportSourceStatus#ACTIVE} (Intercom's default) or
     *     {@link ContentImportSourceStatus#DEACTIVATED}
     * @return a copy with that status
     */
    public ContentImportSourceRequest status(ContentImportSourceStatus status) {
        return new ContentImportSourceRequest(syncBehavior,
                body.with("status", Objects.requireNonNull(status, "status").value()));
    }

    /** @return the sync behaviour sent, for the client's check */
    SyncBehavior syncBehavior() {
        return syncBehavior;
    }

    /** @return the body as sent */
    @JsonValue
    public JsonObject toJson() {
        return body;
    }

    /** @return the sync behaviour and the field names set */
    @Override
    public String toString() {
        return "ContentImportSourceRequest{" + syncBehavior + ", fields " + body.keySet() + "}";
    }
}
