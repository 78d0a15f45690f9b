package dev.switchboard.conversations.intercom.tags;

import dev.switchboard.core.spi.Checks;

/**
 * Which company a tag request names: by Intercom's id ({@code id}) or by the id you gave it ({@code company_id});
 * {@code tag_company_request} and {@code untag_company_request} accept either.
 *
 * @param field the JSON field the identifier is sent in: {@code id} or {@code company_id}
 * @param value the identifier
 */
public record CompanyIdentifier(String field, String value) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if the field is neither {@code id} nor {@code company_id}, or the value is blank
     */
    public CompanyIdentifier {
        if (!"id".equals(field) && !"company_id".equals(field)) {
            throw new IllegalArgumentException("company identifier field must be id or company_id, was '" + field + "'");
        }
        Checks.notBlank(value, "id".equals(field) ? "id" : "companyId");
    }

    /**
     * @param id the company's Intercom id, for example {@code 531ee472cce572a6ec000006}
     * @return an identifier sent as {@code id}
     * @throws IllegalArgumentException if it is blank
     */
    public static CompanyIdentifier byId(String id) {
        return new CompanyIdentifier("id", id);
    }

    /**
     * @param companyId the id you gave the company ({@code company_id})
     * @return an identifier sent as {@code company_id}
     * @throws IllegalArgumentException if it is blank
     */
    public static CompanyIdentifier byCompanyId(String companyId) {
        return new CompanyIdentifier("company_id", companyId);
    }
}
