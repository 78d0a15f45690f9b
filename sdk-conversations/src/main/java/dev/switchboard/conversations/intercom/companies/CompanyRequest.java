package dev.switchboard.conversations.intercom.companies;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Map;

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
    public static final class Builder extends CompanyFields<Builder> {
        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param companyId the id you give the company; it cannot be changed later
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder companyId(String companyId) {
            this.companyId = text(companyId, "companyId");
            return this;
        }

        /**
         * @param createdAt when you created the company, sent as {@code remote_created_at} in epoch seconds
         * @return this builder
         */
        public Builder remoteCreatedAt(Instant createdAt) {
            this.remoteCreatedAt = epochSeconds(createdAt, "remoteCreatedAt");
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if nothing is set
         */
        public CompanyRequest build() {
            return new CompanyRequest(json(true, "a company create-or-update"), companyId);
        }
    }
}
