package dev.switchboard.conversations.intercom.companies;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.Objects;

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
    public static final class Builder {
        private final CompanyFields f = new CompanyFields();

        private Builder() {
        }

        /**
         * @param name the company's name
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder name(String name) {
            f.name = CompanyFields.text(name, "name");
            return this;
        }

        /**
         * @param plan the name of the company's plan
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder plan(String plan) {
            f.plan = CompanyFields.text(plan, "plan");
            return this;
        }

        /**
         * @param employees the number of employees
         * @return this builder
         */
        public Builder size(int employees) {
            f.size = employees;
            return this;
        }

        /**
         * @param website the company's website (Intercom accepts any string)
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder website(String website) {
            f.website = CompanyFields.text(website, "website");
            return this;
        }

        /**
         * @param industry the company's industry
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder industry(String industry) {
            f.industry = CompanyFields.text(industry, "industry");
            return this;
        }

        /**
         * @param name an attribute name
         * @param value a string, boolean, finite number, or {@code null} to clear the attribute; sent with its JSON type
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or the value of another type
         */
        public Builder customAttribute(String name, Object value) {
            f.customAttribute(name, value);
            return this;
        }

        /**
         * @param attributes attributes to set, as {@link #customAttribute(String, Object)} takes them
         * @return this builder
         * @throws IllegalArgumentException if a name is blank or a value of another type
         */
        public Builder customAttributes(Map<String, ?> attributes) {
            Objects.requireNonNull(attributes, "customAttributes").forEach(f::customAttribute);
            return this;
        }

        /**
         * @param spend the revenue the company brings, a whole amount up to 2147483647
         * @return this builder
         * @throws IllegalArgumentException if it is above that limit
         */
        public Builder monthlySpend(long spend) {
            f.monthlySpend = CompanyFields.monthlySpend(spend);
            return this;
        }

        /**
         * @return the update
         * @throws IllegalArgumentException if nothing is set
         */
        public CompanyUpdate build() {
            return new CompanyUpdate(f.json(false, "a company update"));
        }
    }
}
