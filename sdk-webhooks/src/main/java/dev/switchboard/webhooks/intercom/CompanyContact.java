package dev.switchboard.webhooks.intercom;

import dev.switchboard.conversations.intercom.companies.Company;
import dev.switchboard.conversations.intercom.contacts.Contact;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * The item of {@code company.contact.attached} and {@code company.contact.detached}: {@code {company, contact}}, the
 * company and the contact attached to it or detached from it. The reference lists the topics' object as "Company,
 * Contact" without a shape; deliveries captured from Intercom carry the two objects side by side, with no
 * {@code type} of their own.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class CompanyContact extends JsonModel {

    /** @param json the object as sent */
    public CompanyContact(JsonObject json) {
        super(json);
    }

    /**
     * @return the company, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Company company() {
        return object("company", Company::new);
    }

    /**
     * @return the contact, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Contact contact() {
        return object("contact", Contact::new);
    }
}
