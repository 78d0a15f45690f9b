package dev.switchboard.conversations.intercom.companies;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;

/**
 * The body of {@code PUT /companies/{company_id}} ({@code update_company_request}): the fields to change, and only
 * those. It has no {@code company_id} (Intercom's id is in the path and your id cannot be changed) and no
 * {@code remote_created_at}, as the schema has neither.
 *
 * <pre>{@code
 * CompanyUpdate u = CompanyUpdate.builder().name("Acme Inc.").website("https://acme.example").build();
 * }</pre>
 *
 * <p>Checked before sending as {@link CompanyRequest} is: {@code monthly_spend} at most 2**31-1, custom attribute values
 * of a JSON scalar type, at least one field set.
 */
public final class CompanyUpdate {
    private final Map<String, Object> json;

    private CompanyUpdate(Map<String, Object> json) {
        this.json = json;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the request body as JSON maps and scalars, in the schema's order */
    @JsonValue
    public Map<String, Object> toJson() {
        return json;
    }

    @Override
    public String toString() {
        return "CompanyUpdate{fields " + json.keySet() + "}";
    }

    /** Builds a {@link CompanyUpdate}; not thread-safe. */
    public static final class Builder extends CompanyFields<Builder> {
        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @return the update
         * @throws IllegalArgumentException if nothing is set
         */
        public CompanyUpdate build() {
            return new CompanyUpdate(json(false, "a company update"));
        }
    }
}
