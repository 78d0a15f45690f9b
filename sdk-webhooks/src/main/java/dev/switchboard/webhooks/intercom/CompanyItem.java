package dev.switchboard.webhooks.intercom;

import dev.switchboard.conversations.intercom.companies.Company;
import dev.switchboard.core.json.JsonObject;
import java.util.Objects;

/**
 * A company ({@code company.created}, {@code company.updated}, {@code company.deleted}), as {@link Company} of
 * sdk-conversations. For {@code company.deleted} the item is the minimal {@code {type, id, deleted}}: the other
 * accessors read {@code null}. The attach and detach topics carry a company and a contact together:
 * {@link CompanyContactItem}.
 *
 * @param company the company: a view over the item's JSON
 */
public record CompanyItem(Company company) implements IntercomItem {

    /** Checks the component. */
    public CompanyItem {
        Objects.requireNonNull(company, "company");
    }

    @Override
    public String type() {
        return "company";
    }

    @Override
    public JsonObject raw() {
        return company.json();
    }

    @Override
    public Company model() {
        return company;
    }
}
