package dev.switchboard.conversations.intercom.tags;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.spi.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /tags}, which is one of four schemas ({@code oneOf}), each answered with the tag:
 *
 * <ul>
 *   <li>{@link CreateOrUpdate} ({@code create_or_update_tag_request}): {@code {name}} creates the tag, or finds it
 *       (names are case-insensitive); {@code {name, id}} renames tag {@code id};</li>
 *   <li>{@link TagCompanies} ({@code tag_company_request}): {@code {name, companies: [{id} | {company_id}]}} tags
 *       companies, creating the tag if needed;</li>
 *   <li>{@link UntagCompanies} ({@code untag_company_request}): {@code {name, companies: [{id | company_id, untag:
 *       true}]}} removes the tag from companies (the operation's description says the tag is named by its id; the
 *       schema requires its {@code name}, which is what is sent);</li>
 *   <li>{@link TagUsers} ({@code tag_multiple_users_request}): {@code {name, users: [{id}]}} tags contacts by their
 *       Intercom ids.</li>
 * </ul>
 *
 * <pre>{@code
 * tags.apply(TagRequest.create("VIP"));
 * tags.apply(TagRequest.rename("7522907", "Very important"));
 * tags.apply(TagRequest.tagCompanies("VIP", List.of(CompanyIdentifier.byCompanyId("acme-1"))));
 * tags.apply(TagRequest.tagUsers("VIP", List.of("6762f0d51bb69f9f2193bb7f")));
 * }</pre>
 *
 * Every factory checks its arguments before anything is sent: a blank name or id, an empty list or a {@code null}
 * element is an {@link IllegalArgumentException} (or {@link NullPointerException} for a null list) naming it.
 */
public sealed interface TagRequest permits TagRequest.CreateOrUpdate, TagRequest.TagCompanies, TagRequest.UntagCompanies,
        TagRequest.TagUsers {

    /** @return the tag's name, as sent */
    String name();

    /** @return the body, as JSON maps and lists in wire order */
    @JsonValue
    Map<String, Object> toJson();

    /**
     * @param name the tag's name; the tag is created when no tag has it (case-insensitively)
     * @return {@code {"name": name}}
     * @throws IllegalArgumentException if the name is blank
     */
    static CreateOrUpdate create(String name) {
        return new CreateOrUpdate(name, null);
    }

    /**
     * @param tagId the id of the tag to rename
     * @param newName its new name
     * @return {@code {"name": newName, "id": tagId}}
     * @throws IllegalArgumentException if either is blank
     */
    static CreateOrUpdate rename(String tagId, String newName) {
        return new CreateOrUpdate(newName, Checks.notBlank(tagId, "tagId"));
    }

    /**
     * @param name the tag's name; created when no tag has it
     * @param companies the companies to tag, at least one
     * @return {@code {"name": name, "companies": [...]}}
     * @throws IllegalArgumentException if the name is blank or the list is empty or holds {@code null}
     */
    static TagCompanies tagCompanies(String name, List<CompanyIdentifier> companies) {
        return new TagCompanies(name, companies);
    }

    /**
     * @param name the tag's name
     * @param companies the companies to untag, at least one
     * @return {@code {"name": name, "companies": [{..., "untag": true}]}}
     * @throws IllegalArgumentException if the name is blank or the list is empty or holds {@code null}
     */
    static UntagCompanies untagCompanies(String name, List<CompanyIdentifier> companies) {
        return new UntagCompanies(name, companies);
    }

    /**
     * @param name the tag's name; created when no tag has it
     * @param contactIds the Intercom ids of the contacts (users) to tag, at least one
     * @return {@code {"name": name, "users": [{"id": ...}]}}
     * @throws IllegalArgumentException if the name is blank, the list is empty or an id is blank
     */
    static TagUsers tagUsers(String name, List<String> contactIds) {
        return new TagUsers(name, contactIds);
    }

    /**
     * {@code create_or_update_tag_request}: create a tag by name, or rename the tag {@code id}.
     *
     * @param name the name (required)
     * @param id the tag to rename, or {@code null} to create or find by name
     */
    record CreateOrUpdate(String name, String id) implements TagRequest {
        /**
         * Checks the components.
         *
         * @throws IllegalArgumentException if the name is blank, or the id is given and blank
         */
        public CreateOrUpdate {
            Checks.notBlank(name, "name");
            if (id != null) {
                Checks.notBlank(id, "tagId");
            }
        }

        @Override
        @JsonValue
        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", name);
            if (id != null) {
                json.put("id", id);
            }
            return Collections.unmodifiableMap(json);
        }
    }

    /**
     * {@code tag_company_request}: tag companies, creating the tag if needed.
     *
     * @param name the tag's name
     * @param companies the companies, at least one
     */
    record TagCompanies(String name, List<CompanyIdentifier> companies) implements TagRequest {
        /**
         * Checks and copies the components.
         *
         * @throws IllegalArgumentException if the name is blank or the list is empty or holds {@code null}
         */
        public TagCompanies {
            Checks.notBlank(name, "name");
            companies = TagRequests.nonEmpty(companies, "companies");
        }

        @Override
        @JsonValue
        public Map<String, Object> toJson() {
            return TagRequests.companies(name, companies, false);
        }
    }

    /**
     * {@code untag_company_request}: remove the tag from companies; each entry is sent with {@code "untag": true}.
     *
     * @param name the tag's name
     * @param companies the companies, at least one
     */
    record UntagCompanies(String name, List<CompanyIdentifier> companies) implements TagRequest {
        /**
         * Checks and copies the components.
         *
         * @throws IllegalArgumentException if the name is blank or the list is empty or holds {@code null}
         */
        public UntagCompanies {
            Checks.notBlank(name, "name");
            companies = TagRequests.nonEmpty(companies, "companies");
        }

        @Override
        @JsonValue
        public Map<String, Object> toJson() {
            return TagRequests.companies(name, companies, true);
        }
    }

    /**
     * {@code tag_multiple_users_request}: tag contacts by their Intercom ids.
     *
     * @param name the tag's name
     * @param contactIds the contacts' Intercom ids, at least one
     */
    record TagUsers(String name, List<String> contactIds) implements TagRequest {
        /**
         * Checks and copies the components.
         *
         * @throws IllegalArgumentException if the name is blank, the list is empty or an id is blank
         */
        public TagUsers {
            Checks.notBlank(name, "name");
            contactIds = TagRequests.nonEmpty(contactIds, "contactIds");
            contactIds.forEach(id -> Checks.notBlank(id, "contactIds entry"));
        }

        @Override
        @JsonValue
        public Map<String, Object> toJson() {
            List<Map<String, Object>> users = new ArrayList<>();
            contactIds.forEach(id -> users.add(Map.of("id", id)));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", name);
            json.put("users", Collections.unmodifiableList(users));
            return Collections.unmodifiableMap(json);
        }
    }
}
