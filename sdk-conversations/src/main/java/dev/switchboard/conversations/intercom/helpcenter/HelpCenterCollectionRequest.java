package dev.switchboard.conversations.intercom.helpcenter;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.json.Patch;
import dev.switchboard.core.spi.Checks;
import java.util.Objects;

/**
 * The body of a collection create ({@code create_collection_request}) or update ({@code update_collection_request});
 * only the fields set are sent, in the order set. A create needs a name ({@link #create}); an update may change any
 * field ({@link #update()}). Immutable: each setter returns a copy.
 *
 * <pre>{@code
 * HelpCenterCollectionRequest create = HelpCenterCollectionRequest.create("Getting started").description("First steps")
 *         .helpCenterId("2")
 *         .translation("fr", GroupContent.of("Premiers pas").withDescription("Les débuts"));
 * HelpCenterCollectionRequest toTop = HelpCenterCollectionRequest.update().clearParentId();   // "parent_id": null
 * }</pre>
 *
 * <p>{@code parent_id} has three states ({@link Patch}): left out, an id (the collection becomes a section of that
 * one) or JSON {@code null} (it becomes, or is created as, a top-level collection). {@code help_center_id} is only in
 * the create schema, an integer; {@code null} there means the default Help Center.
 */
public final class HelpCenterCollectionRequest {
    private final boolean create;
    private final JsonObject body;

    private HelpCenterCollectionRequest(boolean create, JsonObject body) {
        this.create = create;
        this.body = body;
    }

    /**
     * @param name the name (of the default locale)
     * @return a create request
     * @throws IllegalArgumentException if the name is blank
     */
    public static HelpCenterCollectionRequest create(String name) {
        return new HelpCenterCollectionRequest(true, JsonObject.of("name", Checks.notBlank(name, "name")));
    }

    /** @return an update request that changes nothing yet */
    public static HelpCenterCollectionRequest update() {
        return new HelpCenterCollectionRequest(false, JsonObject.EMPTY);
    }

    /**
     * @param newName the name (of the default locale)
     * @return a copy with that name
     * @throws IllegalArgumentException if it is blank
     */
    public HelpCenterCollectionRequest name(String newName) {
        return with("name", Checks.notBlank(newName, "name"));
    }

    /**
     * @param text the description (of the default locale)
     * @return a copy with that description
     */
    public HelpCenterCollectionRequest description(String text) {
        return with("description", Objects.requireNonNull(text, "description"));
    }

    /**
     * @param collectionId the parent collection's id: this one becomes a section of it
     * @return a copy with that parent
     * @throws IllegalArgumentException if it is blank
     */
    public HelpCenterCollectionRequest parentId(String collectionId) {
        return parentId(Patch.of(Checks.id(collectionId, "parentId")));
    }

    /**
     * Sends {@code "parent_id": null}: a top-level collection.
     *
     * @return a copy without a parent
     */
    public HelpCenterCollectionRequest clearParentId() {
        return parentId(Patch.ofNull());
    }

    /**
     * @param parent absent (not sent), null (top level) or a collection's id
     * @return a copy with that parent
     * @throws IllegalArgumentException if the id is blank
     */
    public HelpCenterCollectionRequest parentId(Patch<String> parent) {
        Objects.requireNonNull(parent, "parentId");
        if (parent.isAbsent()) {
            return new HelpCenterCollectionRequest(create, body.without("parent_id"));
        }
        return with("parent_id", parent.isNull() ? null : Checks.id(parent.get(), "parentId"));
    }

    /**
     * @param id the Help Center to create the collection in (an integer id, sent as an integer)
     * @return a copy with that Help Center
     * @throws IllegalArgumentException if it is not an integer id, or this is an update (whose schema has no Help
     *     Center)
     */
    public HelpCenterCollectionRequest helpCenterId(String id) {
        if (!create) {
            throw new IllegalArgumentException("helpCenterId is set on a create only: a collection cannot move to "
                    + "another Help Center");
        }
        return with("help_center_id", Long.valueOf(Checks.integerId(id, "helpCenterId")));
    }

    /**
     * @param content the content per locale, for example as received in {@link HelpCenterCollection#translatedContent()}: sent
     *     exactly as it is
     * @return a copy with that translated content (replacing any translation set before)
     */
    public HelpCenterCollectionRequest translatedContent(GroupTranslatedContent content) {
        return with("translated_content", Objects.requireNonNull(content, "translatedContent"));
    }

    /**
     * @param locale a locale code, for example {@code fr}
     * @param content the name and description in that locale
     * @return a copy whose translated content has that locale set; the other locales set before are kept
     * @throws IllegalArgumentException if the locale is blank or {@code type}
     */
    public HelpCenterCollectionRequest translation(String locale, GroupContent content) {
        JsonObject current = body.getObject("translated_content");
        GroupTranslatedContent t = new GroupTranslatedContent(current == null ? JsonObject.EMPTY : current);
        return with("translated_content", t.with(locale, Objects.requireNonNull(content, "content")));
    }

    /** @return whether this is a create request ({@link #create}), for the client's check */
    boolean isCreate() {
        return create;
    }

    /** @return the body as sent */
    @JsonValue
    public JsonObject toJson() {
        return body;
    }

    /** @return the kind and the field names set, never their values */
    @Override
    public String toString() {
        return "HelpCenterCollectionRequest{" + (create ? "create" : "update") + ", fields " + body.keySet() + "}";
    }

    private HelpCenterCollectionRequest with(String key, Object value) {
        return new HelpCenterCollectionRequest(create, body.with(key, value));
    }
}
