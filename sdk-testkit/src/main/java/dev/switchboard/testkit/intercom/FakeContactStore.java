package dev.switchboard.testkit.intercom;

import static dev.switchboard.testkit.intercom.FakeContactData.F;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link FakeIntercomContacts} holds: the contacts, what is attached to each (tags, subscription types,
 * companies, notes), which are archived or blocked, and the workspace's catalogues. A contact is stored without its
 * lists; {@link #render} adds them as Intercom embeds them (the first ten of each, the total, the path of them all).
 * Accessed only under the part's lock.
 */
final class FakeContactStore {
    static final int EMBEDDED = 10;

    final Clock clock;
    final long epoch;
    final Map<String, ObjectNode> contacts = new LinkedHashMap<>();
    /** Tag id to the Unix time it was applied, per contact, in the order applied. */
    final Map<String, Map<String, Long>> tagsOf = new LinkedHashMap<>();
    /** Subscription type id to the consent given ({@code opt_in} / {@code opt_out}), per contact. */
    final Map<String, Map<String, String>> subscriptionsOf = new LinkedHashMap<>();
    final Map<String, List<String>> companiesOf = new LinkedHashMap<>();
    /** Notes per contact, newest first. */
    final Map<String, List<ObjectNode>> notesOf = new LinkedHashMap<>();
    final Map<String, ObjectNode> notes = new LinkedHashMap<>();
    final Set<String> archived = new HashSet<>();
    final Set<String> blocked = new HashSet<>();
    final Map<String, ObjectNode> tags = FakeContactData.tags();
    final Map<String, ObjectNode> subscriptionTypes = FakeContactData.subscriptionTypes();
    final Map<String, ObjectNode> companies;
    final Map<String, ObjectNode> admins = FakeContactData.admins();
    private int nextContact = FakeContactData.USERS + FakeContactData.LEADS + 1;
    private long nextNote = 24;
    /** Items per page of a contact's companies and notes. */
    int attachedPerPage = 2;

    FakeContactStore(Clock clock, long epoch) {
        this.clock = clock;
        this.epoch = epoch;
        this.companies = FakeContactData.companies(epoch);
        for (int n = 1; n <= FakeContactData.USERS + FakeContactData.LEADS; n++) {
            add(FakeContactData.contact(n, epoch));
        }
        String first = FakeContactData.contactId(1);
        tagsOf.get(first).put("81", epoch);
        tagsOf.get(first).put("82", epoch);
        tagsOf.get(FakeContactData.contactId(2)).put("82", epoch);
        tagsOf.get(FakeContactData.contactId(21)).put("84", epoch);
        subscriptionsOf.get(first).put("91", "opt_out");
        subscriptionsOf.get(first).put("93", "opt_in");
        companiesOf.get(first).addAll(companies.keySet());
        companiesOf.get(FakeContactData.contactId(2)).add(companies.keySet().iterator().next());
        for (String text : List.of("Called about the invoice.", "Asked for a demo.", "Renewal is due in May.")) {
            note(first, text, FakeContactData.DEFAULT_ADMIN, epoch - 3_600 + nextNote);
        }
    }

    long now() {
        return clock.instant().getEpochSecond();
    }

    private void add(ObjectNode contact) {
        String id = contact.path("id").asText();
        contacts.put(id, contact);
        tagsOf.put(id, new LinkedHashMap<>());
        subscriptionsOf.put(id, new LinkedHashMap<>());
        companiesOf.put(id, new ArrayList<>());
        notesOf.put(id, new ArrayList<>());
    }

    /** @return the contact, or Intercom's {@code 404 not_found} "User Not Found" */
    ObjectNode find(String id) {
        ObjectNode c = contacts.get(id);
        if (c == null) {
            throw FakeErrors.notFound("User Not Found");
        }
        return c;
    }

    /** @return a new contact with Intercom's defaults, its fields set from a create body already checked */
    ObjectNode create(JsonNode body) {
        ObjectNode c = FakeContactData.contact(1, now());
        String id = FakeContactData.contactId(nextContact++);
        c.put("id", id);
        c.put("role", "user");
        for (String f : List.of("external_id", "email", "name", "signed_up_at", "owner_id", "browser", "os")) {
            c.putNull(f);
        }
        c.put("created_at", now());
        c.put("has_hard_bounced", false);
        c.put("unsubscribed_from_emails", false);
        c.putNull("last_seen_at");
        c.putNull("browser_language");
        c.putObject("custom_attributes");
        ObjectNode location = (ObjectNode) c.get("location");
        for (String f : List.of("country", "region", "city", "country_code", "continent_code")) {
            location.putNull(f);
        }
        FakeContactFields.apply(c, body, this, false);
        add(c);
        return c;
    }

    ObjectNode note(String contactId, String text, String adminId, long at) {
        ObjectNode note = F.objectNode();
        note.put("type", "note");
        note.put("id", Long.toString(nextNote++));
        note.put("created_at", at);
        ObjectNode contact = note.putObject("contact");
        contact.put("type", "contact");
        contact.put("id", contactId);
        note.set("author", admins.get(adminId).deepCopy());
        note.put("body", text.startsWith("<") ? text : "<p>" + text + "</p>");
        notesOf.get(contactId).add(0, note);
        notes.put(note.path("id").asText(), note);
        return note;
    }

    /** Moves what is attached to the lead onto the user, and removes the lead. */
    void merge(String leadId, String userId) {
        tagsOf.get(leadId).forEach(tagsOf.get(userId)::putIfAbsent);
        subscriptionsOf.get(leadId).forEach(subscriptionsOf.get(userId)::putIfAbsent);
        for (String company : companiesOf.get(leadId)) {
            if (!companiesOf.get(userId).contains(company)) {
                companiesOf.get(userId).add(company);
            }
        }
        for (ObjectNode note : notesOf.get(leadId)) {
            ((ObjectNode) note.get("contact")).put("id", userId);
            notesOf.get(userId).add(note);
        }
        notesOf.get(userId).sort((a, b) -> Long.compare(b.path("created_at").asLong(), a.path("created_at").asLong()));
        remove(leadId);
        contacts.get(userId).put("updated_at", now());
    }

    void remove(String id) {
        contacts.remove(id);
        tagsOf.remove(id);
        subscriptionsOf.remove(id);
        companiesOf.remove(id);
        for (ObjectNode note : notesOf.remove(id)) {
            if (note.path("contact").path("id").asText().equals(id)) {
                notes.remove(note.path("id").asText());
            }
        }
        archived.remove(id);
        blocked.remove(id);
    }

    /** @return the contact as Intercom serves it: its stored fields and its embedded lists */
    ObjectNode render(ObjectNode contact) {
        String id = contact.path("id").asText();
        ObjectNode out = contact.deepCopy();
        out.set("tags", embedded(id, "tags", "tag", new ArrayList<>(tagsOf.get(id).keySet()), "/tags/"));
        List<String> noteIds = new ArrayList<>();
        notesOf.get(id).forEach(n -> noteIds.add(n.path("id").asText()));
        out.set("notes", embedded(id, "notes", "note", noteIds, "/notes/"));
        out.set("companies", embedded(id, "companies", "company", companiesOf.get(id), "/companies/"));
        for (String consent : List.of("opt_out", "opt_in")) {
            List<String> ids = new ArrayList<>();
            subscriptionsOf.get(id).forEach((s, c) -> {
                if (c.equals(consent)) {
                    ids.add(s);
                }
            });
            out.set("opted_" + consent.substring(4) + "_subscription_types",
                    embedded(id, "subscriptions", "subscription", ids, "/subscription_types/"));
        }
        return out;
    }

    private static ObjectNode embedded(String contactId, String list, String type, List<String> ids, String path) {
        ObjectNode out = F.objectNode();
        out.put("type", "list");
        ArrayNode data = out.putArray("data");
        ids.stream().limit(EMBEDDED).forEach(i -> data.addObject().put("type", type).put("id", i).put("url", path + i));
        out.put("url", "/contacts/" + contactId + "/" + list);
        out.put("total_count", ids.size());
        out.put("has_more", ids.size() > EMBEDDED);
        return out;
    }

    /**
     * @return the contact as the search evaluates it: as served, plus the search-only fields {@code email_domain},
     *     {@code tag_id} and {@code segment_id} (each list matched element by element)
     */
    ObjectNode searchView(ObjectNode contact) {
        ObjectNode view = render(contact);
        String email = contact.path("email").asText("");
        view.put("email_domain", email.contains("@") ? email.substring(email.indexOf('@') + 1) : null);
        ArrayNode tagIds = view.putArray("tag_id");
        tagsOf.get(contact.path("id").asText()).keySet().forEach(tagIds::add);
        view.putArray("segment_id").add(FakeContactData.segment(contact.path("role").asText(), epoch).path("id").asText());
        return view;
    }

    /** @return the user with that external id (leads are not found by it), or {@code 404 not_found} */
    ObjectNode byExternalId(String externalId) {
        for (ObjectNode c : contacts.values()) {
            if (c.path("role").asText().equals("user") && externalId.equals(c.path("external_id").asText(null))) {
                return c;
            }
        }
        throw FakeErrors.notFound("User Not Found");
    }

    /**
     * @param field {@code email} or {@code external_id}
     * @param value its new value
     * @param self the contact being written, which may keep its own value
     * @throws FakeErrors.Failure {@code 409 conflict} if another contact has it (for {@code email}: another user)
     */
    void checkUnique(String field, String value, String self) {
        for (ObjectNode c : contacts.values()) {
            boolean other = !c.path("id").asText().equals(self);
            boolean counts = field.equals("external_id") || c.path("role").asText().equals("user");
            if (other && counts && value.equals(c.path(field).asText(null))) {
                throw new FakeErrors.Failure(409, "conflict", "A contact matching those details already exists with id="
                        + c.path("id").asText());
            }
        }
    }
}
