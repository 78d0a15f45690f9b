package dev.switchboard.conversations.intercom.companies;

import dev.switchboard.conversations.intercom.TagList;
import dev.switchboard.conversations.intercom.segments.SegmentList;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A company ({@code company}): an organization using your product, with its contacts, tags and segments. Two ids:
 * {@link #id()} is Intercom's (used in paths), {@link #companyId()} is the one you gave it (used to create or
 * update it with {@code POST /companies}).
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class Company extends JsonModel {

    /** @param json the object as sent */
    public Company(JsonObject json) {
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
     * @return Intercom's id of the company, for paths such as {@code /companies/{company_id}}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return the id you gave the company (it cannot be changed once set; a number is read as its digits), or
     *     {@code null}
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
     * @return the code of the workspace it belongs to, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String appId() {
        return string("app_id");
    }

    /**
     * @return its plan; Intercom sends {@code {}} for a company without one (every accessor of it then reads
     *     {@code null}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Plan plan() {
        return object("plan", Plan::new);
    }

    /**
     * @return when you say the company was created ({@code remote_created_at}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant remoteCreatedAt() {
        return instant("remote_created_at");
    }

    /**
     * @return when it was added to Intercom, or {@code null}
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
     * @return when it last made a request, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant lastRequestAt() {
        return instant("last_request_at");
    }

    /**
     * @return its number of employees, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long size() {
        return longNumber("size");
    }

    /**
     * @return its website (Intercom does not validate it), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String website() {
        return string("website");
    }

    /**
     * @return its industry, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String industry() {
        return string("industry");
    }

    /**
     * @return the revenue it brings, exactly as sent: the schema says integer (Intercom truncates what it is given),
     *     a decimal is read as one rather than failing; {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not a number
     */
    public BigDecimal monthlySpend() {
        return decimal("monthly_spend");
    }

    /**
     * @return how many sessions it recorded, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long sessionCount() {
        return longNumber("session_count");
    }

    /**
     * @return how many users (contacts) it has, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long userCount() {
        return longNumber("user_count");
    }

    /**
     * @return its custom attributes with their JSON types ({@code Boolean}, numbers as sent, strings, {@code null},
     *     nested objects and arrays): the schema says strings, Intercom sends booleans and numbers too; {@code null}
     *     when absent
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Map<String, Object> customAttributes() {
        return rawObject("custom_attributes");
    }

    /**
     * @return its tags ({@code type: tag.list}, under {@link TagList#tags()}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public TagList tags() {
        return object("tags", TagList::new);
    }

    /**
     * @return its segments ({@code type: segment.list}, under {@link SegmentList#segments()}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public SegmentList segments() {
        return object("segments", SegmentList::new);
    }

    /**
     * A company's plan: {@code {type: plan, id, name}}, or {@code {}} for none.
     *
     * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
     */
    public static final class Plan extends JsonModel {

        /** @param json the object as sent */
        public Plan(JsonObject json) {
            super(json);
        }

        /**
         * @return {@code plan}, or {@code null}
         * @throws dev.switchboard.core.DecodeException if it is not a string
         */
        public String type() {
            return string("type");
        }

        /**
         * @return the plan's id (a number is read as its digits), or {@code null}
         * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
         */
        public String id() {
            return id("id");
        }

        /**
         * @return the plan's name, as set with {@link CompanyRequest.Builder#plan(String)}, or {@code null}
         * @throws dev.switchboard.core.DecodeException if it is not a string
         */
        public String name() {
            return string("name");
        }
    }
}
