package dev.switchboard.conversations.intercom.companies;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /companies} ({@code create_or_update_company_request}): Intercom looks the company up by
 * {@code company_id}, creates it when none has it and updates it otherwise. Only what you set is sent; the
 * {@code company_id} cannot be changed once the company exists.
 *
 * <pre>{@code
 * CompanyRequest r = CompanyRequest.builder("acme-1")        // company_id, your id for it
 *         .name("Acme").plan("Enterprise").size(120)
 *         .remoteCreatedAt(Instant.parse("2024-03-01T00:00:00Z"))  // sent as epoch seconds
 *         .customAttribute("paid_subscriber", true)                // JSON types kept: true, not "true"
 *         .monthlySpend(1_000)
 *         .build();
 * }</pre>
 *
 * <p>Checked before sending: {@code monthly_spend} is a whole amount up to Intercom's limit of 2**31-1 (Intercom would
 * truncate a decimal), custom attribute values are strings, booleans, finite numbers or
 * {@code null} (which clears the attribute), and at least one field is set.
 */
public final class CompanyRequest {
    private final Map<String, Object> json;
    private final String companyId;

    private CompanyRequest(Map<String, Object> json, String companyId) {
        this.json = json;
        this.companyId = companyId;
    }

    /**
     * @param companyId the id you give the company ({@code company_id}), by which it is created or found
     * @return a builder with that {@code company_id}
     * @throws IllegalArgumentException if it is blank
     */
    public static Builder builder(String companyId) {
        return new Builder().companyId(companyId);
    }

    /**
     * A builder without a {@code company_id}: the schema does not require one, but without it every request creates
     * a new company that cannot be found by your id later.
     *
     * @return a builder with nothing set
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the {@code company_id} sent, or {@code null} */
    public String companyId() {
        return companyId;
    }

    /** @return the request body as JSON maps and scalars, in the schema's order */
    @JsonValue
    public Map<String, Object> toJson() {
        return json;
    }

    @Override
    public String toString() {
        return "CompanyRequest{fields " + json.keySet() + "}";
    }

    /** Builds a {@link CompanyRequest}; not thread-safe. */
    public static final class Builder {
        private final CompanyFields f = new CompanyFields();

        private Builder() {
        }

        /**
         * @param companyId the id you give the company; it cannot be changed later
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder companyId(String companyId) {
            f.companyId = CompanyFields.text(companyId, "companyId");
            return this;
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
         * @param plan the name of the company's plan (Intercom answers with a {@code plan} object of that name)
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
         * @param createdAt when you created the company, sent as {@code remote_created_at} in epoch seconds
         * @return this builder
         */
        public Builder remoteCreatedAt(Instant createdAt) {
            f.remoteCreatedAt = CompanyFields.epochSeconds(createdAt, "remoteCreatedAt");
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
         * @return the request
         * @throws IllegalArgumentException if nothing is set
         */
        public CompanyRequest build() {
            return new CompanyRequest(f.json(true, "a company create-or-update"), f.companyId);
        }
    }
}
