package dev.switchboard.conversations.intercom.contacts;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A company a contact is attached to ({@code company}), as {@link ContactsClient#companies(String)} lists it: a minimal
 * view of the company's fields (its plan, tags and segments stay in {@link #json()}, written back as sent).
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ContactCompany extends JsonModel {

    /** @param json the object as sent */
    public ContactCompany(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code company}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return Intercom's id of the company, for paths, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return the id you gave the company (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String companyId() {
        return id("company_id");
    }

    /**
     * @return its name, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String name() {
        return string("name");
    }

    /**
     * @return the workspace's id, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String appId() {
        return string("app_id");
    }

    /**
     * @return when you say it was created ({@code remote_created_at}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant remoteCreatedAt() {
        return instant("remote_created_at");
    }

    /**
     * @return when Intercom created it, or {@code null}
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

    /**
     * @return when one of its contacts was last seen, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant lastRequestAt() {
        return instant("last_request_at");
    }

    /**
     * @return what it spends a month, exactly as sent, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a number
     */
    public BigDecimal monthlySpend() {
        return decimal("monthly_spend");
    }

    /**
     * @return how many sessions its contacts had, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long sessionCount() {
        return longNumber("session_count");
    }

    /**
     * @return how many users it has, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long userCount() {
        return longNumber("user_count");
    }

    /**
     * @return its custom attributes with their JSON types, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Map<String, Object> customAttributes() {
        return rawObject("custom_attributes");
    }
}
