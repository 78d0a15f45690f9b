package dev.switchboard.webhooks.intercom;

import dev.switchboard.conversations.intercom.companies.Company;
import dev.switchboard.conversations.intercom.contacts.Contact;
import dev.switchboard.core.json.JsonObject;
import java.util.Objects;

/**
 * A contact attached to or detached from a company ({@code company.contact.attached},
 * {@code company.contact.detached}). The item has no {@code type}: an item without one that holds a {@code company}
 * object and a {@code contact} object is this (see {@link CompanyContact}).
 *
 * <pre>{@code
 * if (n.item() instanceof CompanyContactItem cc && n.topic().equals(IntercomTopic.COMPANY_CONTACT_ATTACHED)) {
 *     crm.link(cc.contact().id(), cc.company().companyId());
 * }
 * }</pre>
 *
 * @param companyContact the company and the contact: a view over the item's JSON
 */
public record CompanyContactItem(CompanyContact companyContact) implements IntercomItem {

    /** Checks the component. */
    public CompanyContactItem {
        Objects.requireNonNull(companyContact, "companyContact");
    }

    /** @return the item's {@code type} as sent: {@code ""}, since Intercom sends none for this item */
    @Override
    public String type() {
        String type = companyContact.json().getString("type");
        return type == null ? "" : type;
    }

    @Override
    public JsonObject raw() {
        return companyContact.json();
    }

    @Override
    public CompanyContact model() {
        return companyContact;
    }

    /**
     * @return the company, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code company} is not an object
     */
    public Company company() {
        return companyContact.company();
    }

    /**
     * @return the contact, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code contact} is not an object
     */
    public Contact contact() {
        return companyContact.contact();
    }
}
