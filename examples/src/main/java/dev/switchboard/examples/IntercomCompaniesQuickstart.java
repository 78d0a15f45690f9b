package dev.switchboard.examples;

import dev.switchboard.conversations.intercom.Tag;
import dev.switchboard.conversations.intercom.admins.Admin;
import dev.switchboard.conversations.intercom.companies.CompaniesClient;
import dev.switchboard.conversations.intercom.companies.Company;
import dev.switchboard.conversations.intercom.companies.CompanyFilter;
import dev.switchboard.conversations.intercom.companies.CompanyRequest;
import dev.switchboard.conversations.intercom.companies.CompanyUpdate;
import dev.switchboard.conversations.intercom.segments.Segment;
import dev.switchboard.conversations.intercom.tags.CompanyIdentifier;
import dev.switchboard.conversations.intercom.tags.TagRequest;
import dev.switchboard.conversations.intercom.tags.TagsClient;
import dev.switchboard.conversations.intercom.teams.Team;
import dev.switchboard.core.ValidationException;
import dev.switchboard.intercom.Intercom;
import dev.switchboard.testkit.intercom.FakeIntercom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The code shown in {@code docs/intercom-companies.md}, compiled with the build so it stays true: companies, tags,
 * segments, teams and admins through the {@link Intercom} root. {@link #main} runs it against {@link FakeIntercom}.
 */
public final class IntercomCompaniesQuickstart {
    private IntercomCompaniesQuickstart() {
    }

    /**
     * @param intercom the Intercom root
     * @param contactId a contact to attach to the new company
     * @return the {@code company_id} of every company, in scroll order
     */
    static List<String> companies(Intercom intercom, String contactId) {
        // README: companies
        CompaniesClient companies = intercom.companies();
        Company acme = companies.createOrUpdate(CompanyRequest.builder("wayne-6")   // found by company_id, or created
                .name("Wayne Enterprises").plan("Enterprise").size(5_000)
                .remoteCreatedAt(Instant.parse("2024-03-01T00:00:00Z"))
                .customAttribute("paid_subscriber", true)                    // a JSON boolean, not "true"
                .build());
        companies.attachContact(contactId, acme.id());                       // Intercom's id, not your company_id
        companies.update(acme.id(), CompanyUpdate.builder().website("https://wayne.example").build());
        Company found = companies.retrieve(CompanyFilter.byCompanyId("wayne-6")).stream().findFirst().orElseThrow();
        System.out.println(found.name() + ": " + found.userCount() + " user(s), plan " + found.plan().name());
        List<String> all = new ArrayList<>();
        for (Company c : companies.scroll()) {                               // every company; ends at the empty page
            all.add(c.companyId());
        }
        return all;
    }

    /**
     * @param intercom the Intercom root
     * @param conversationId a conversation to tag
     * @return the names of the workspace's tags, after the snippet ran
     */
    static List<String> tags(Intercom intercom, String conversationId) {
        // README: tags
        TagsClient tags = intercom.tags();
        Tag keyAccount = tags.apply(TagRequest.tagCompanies("Key account",          // created if no tag has the name
                List.of(CompanyIdentifier.byCompanyId("acme-1"), CompanyIdentifier.byCompanyId("hooli-5"))));
        tags.attachToConversation(conversationId, keyAccount.id(), "991267460");
        tags.apply(TagRequest.untagCompanies("Key account", List.of(CompanyIdentifier.byCompanyId("hooli-5"))));
        try {
            tags.delete("7522909");                                          // a segment's rules use VIP
        } catch (ValidationException e) {                                   // tag_has_dependent_objects
            System.out.println(e.details().get(0).message());
        }
        return tags.list().stream().map(Tag::name).toList();
    }

    /**
     * @param intercom the Intercom root
     * @return one line per admin, segment and team
     */
    static List<String> directory(Intercom intercom) {
        List<String> out = new ArrayList<>();
        // README: directory
        Admin me = intercom.admins().me();                                  // the token's admin and workspace
        out.add(me.name() + " @ " + me.app().name() + " (" + me.app().region() + ")");
        for (Segment s : intercom.segments().list(true)) {                  // include_count=true
            out.add(s.name() + ": " + s.count());
        }
        for (Team t : intercom.teams().list()) {
            out.add(t.name() + " " + t.adminIds() + " " + t.distributionMethod());
        }
        for (Admin a : intercom.admins().list(true)) {                      // display_avatar=true
            out.add(a.name() + " " + a.avatarUrl());
        }
        return out;
    }

    /**
     * Runs the snippets against the sandbox.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        try (FakeIntercom fake = FakeIntercom.start();
                Intercom intercom = Intercom.builder().accessToken(fake.token()).baseUrl(fake.baseUrl()).build()) {
            System.out.println(companies(intercom, fake.companies().contactIds().get(0)));
            System.out.println(tags(intercom, fake.conversationIds().get(0)));
            directory(intercom).forEach(System.out::println);
        }
    }
}
