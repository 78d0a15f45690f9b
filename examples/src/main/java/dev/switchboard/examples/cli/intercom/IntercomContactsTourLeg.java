package dev.switchboard.examples.cli.intercom;

import static dev.switchboard.examples.cli.intercom.TourSteps.check;
import static dev.switchboard.examples.cli.intercom.TourSteps.step;
import static dev.switchboard.examples.cli.intercom.TourSteps.stepValue;

import dev.switchboard.conversations.intercom.SearchQuery;
import dev.switchboard.conversations.intercom.Tag;
import dev.switchboard.conversations.intercom.admins.Admin;
import dev.switchboard.conversations.intercom.companies.CompaniesClient;
import dev.switchboard.conversations.intercom.companies.Company;
import dev.switchboard.conversations.intercom.companies.CompanyRequest;
import dev.switchboard.conversations.intercom.contacts.Contact;
import dev.switchboard.conversations.intercom.contacts.ContactRequest;
import dev.switchboard.conversations.intercom.contacts.ContactRole;
import dev.switchboard.conversations.intercom.contacts.ContactsClient;
import dev.switchboard.conversations.intercom.notes.Note;
import dev.switchboard.conversations.intercom.segments.Segment;
import dev.switchboard.conversations.intercom.tags.CompanyIdentifier;
import dev.switchboard.conversations.intercom.tags.TagRequest;
import dev.switchboard.conversations.intercom.teams.Team;
import dev.switchboard.intercom.Intercom;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.intercom.FakeIntercom;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Intercom contacts, companies and directory leg of the tour, through the {@link Intercom} root against one
 * {@link FakeIntercom}: create a contact, find it with the search DSL, tag it, add a note and list its notes; create
 * and then update a company by its {@code company_id}, attach a contact and scroll every company; then one line each
 * for segments, tags, teams and admins. Every line states what the fake holds after the call; a broken expectation
 * throws {@link IllegalStateException} naming the step; the sandbox token is never printed.
 */
public final class IntercomContactsTourLeg extends SandboxIntercomLeg {
    static final String TOKEN = "sandbox-intercom-contacts-token";
    private static final String NOTE_AUTHOR = "991267583";

    /** Creates the leg. */
    public IntercomContactsTourLeg() {
        this(fake -> { });
    }

    /** @param setup what to do to the fake before the steps run (a test queues a failure here) */
    IntercomContactsTourLeg(Consumer<FakeIntercom> setup) {
        super("intercom contacts, companies and directory", TOKEN, null, setup);
    }

    @Override
    void steps(PrintStream out, Sandbox s) {
        FakeIntercom fake = s.fake();
        Intercom intercom = s.intercom();
        Contact ada = stepValue("contacts", () -> contacts(out, fake, intercom));
        step("contact tags", () -> contactTags(out, fake, intercom.contacts(), ada.id()));
        step("notes", () -> notes(out, fake, intercom, ada.id()));
        String companyId = stepValue("companies", () -> companies(out, fake, intercom, ada.id()));
        step("segments", () -> segments(out, fake, intercom));
        step("tags", () -> tags(out, fake, intercom, companyId));
        step("teams", () -> teams(out, intercom));
        step("admins", () -> admins(out, intercom));
    }

    private static Contact contacts(PrintStream out, FakeIntercom fake, Intercom intercom) {
        ContactsClient contacts = intercom.contacts();
        int before = fake.contacts().contactIds().size();
        Contact ada = contacts.create(ContactRequest.builder().role(ContactRole.USER).externalId("tour-ada")
                .email("ada@tour.example").name("Ada").customAttribute("paid_subscriber", true).build());
        out.println("POST /contacts: user " + ada.id() + " (external_id " + ada.externalId() + ", " + ada.email()
                + "); contacts " + before + " -> " + fake.contacts().contactIds().size());
        check(fake.contacts().contact(ada.id()).isPresent() && "tour-ada".equals(ada.externalId()),
                "the contact was not created");
        SearchQuery paying = SearchQuery.and(SearchQuery.field("role").eq("user"),
                SearchQuery.field("custom_attributes.paid_subscriber").eq(true));
        List<String> found = contacts.search(paying, 5).stream().map(Contact::id).toList();
        long pages = fake.requests().stream().filter(r -> r.path().equals("/contacts/search")).count();
        out.println("  POST /contacts/search role = user AND custom_attributes.paid_subscriber = true: " + found.size()
                + " users over " + pages + " pages of 5 (cursor in the body), " + ada.id() + " among them");
        check(found.contains(ada.id()) && pages == (found.size() + 4) / 5, "the search did not find the new contact in "
                + "pages of 5: " + found.size() + " in " + pages + " pages");
        check(fake.requests().stream().filter(r -> r.path().equals("/contacts/search")).skip(1)
                .allMatch(r -> r.json().path("pagination").path("starting_after").isTextual()), "no body cursor on page 2");
        return ada;
    }

    private static void contactTags(PrintStream out, FakeIntercom fake, ContactsClient contacts, String contactId) {
        Tag tag = contacts.attachTag(contactId, "83");
        List<String> listed = contacts.tags(contactId).stream().map(Tag::name).toList();
        out.println("  POST /contacts/" + contactId + "/tags " + sent(fake, "POST", "/contacts/" + contactId + "/tags")
                + ": tagged '" + tag.name() + "'; its tags now " + listed);
        check(fake.contacts().tagsOf(contactId).equals(List.of("83")) && listed.equals(List.of(tag.name())),
                "the contact's tags are " + fake.contacts().tagsOf(contactId) + ", not [83]");
    }

    private static void notes(PrintStream out, FakeIntercom fake, Intercom intercom, String contactId) {
        Note note = intercom.notes().create(contactId, "Walked through the tour", NOTE_AUTHOR);
        List<Note> notes = intercom.notes().list(contactId).stream().toList();
        out.println("  POST /contacts/" + contactId + "/notes: note " + note.id() + " by " + note.author().name()
                + "; GET /contacts/" + contactId + "/notes lists " + notes.size() + ": \"" + notes.get(0).body() + "\"");
        check(notes.size() == 1 && notes.get(0).id().equals(note.id()) && NOTE_AUTHOR.equals(note.author().id())
                && fake.contacts().notesOf(contactId).size() == 1, "expected the one note just added");
    }

    private static String companies(PrintStream out, FakeIntercom fake, Intercom intercom, String contactId) {
        CompaniesClient companies = intercom.companies();
        int before = fake.companies().companyIds().size();
        Company created = companies.createOrUpdate(CompanyRequest.builder("tour-6").name("Tour Ltd").plan("Starter")
                .size(12).build());
        Company updated = companies.createOrUpdate(CompanyRequest.builder("tour-6").plan("Pro").build());
        out.println("POST /companies company_id tour-6 twice: created " + created.id() + " (plan "
                + created.plan().name() + "), then updated the same company (plan " + updated.plan().name()
                + "); companies " + before + " -> " + fake.companies().companyIds().size());
        check(updated.id().equals(created.id()) && "Pro".equals(updated.plan().name())
                && fake.companies().companyIds().size() == before + 1, "create-or-update made a second company");
        Company attached = companies.attachContact(contactId, created.id());
        List<String> joined = intercom.contacts().companies(contactId).stream().map(Company::name).toList();
        out.println("  POST /contacts/" + contactId + "/companies " + sent(fake, "POST", "/contacts/" + contactId
                + "/companies") + ": " + attached.name() + " has " + fake.companies().contactsOf(created.id()).size()
                + " contact; GET /contacts/" + contactId + "/companies: " + joined);
        check(fake.companies().contactsOf(created.id()).equals(List.of(contactId)) && joined.equals(List.of("Tour Ltd")),
                "the contact was not attached");
        List<String> ids = companies.scroll().stream().map(Company::id).toList();
        List<FakeRequest> scrolls = fake.requests().stream().filter(r -> r.path().equals("/companies/scroll")).toList();
        List<String> params = scrolls.stream().skip(1).map(r -> r.query("scroll_param")).distinct().toList();
        out.println("  GET /companies/scroll: " + ids.size() + " companies in " + (scrolls.size() - 1)
                + " pages of 2, then the empty page that ends the scroll; one scroll_param throughout: "
                + (params.size() == 1) + "; " + created.id() + " among them: " + ids.contains(created.id()));
        check(ids.contains(created.id()) && ids.size() == fake.companies().companyIds().size(),
                "the scroll did not return every company: " + ids.size());
        check(params.size() == 1 && params.get(0) != null && scrolls.get(0).query("scroll_param") == null
                && fake.companies().openScroll().isEmpty(), "the scroll was not one scroll_param, ended by the empty page");
        return created.id();
    }

    private static void segments(PrintStream out, FakeIntercom fake, Intercom intercom) {
        List<Segment> segments = intercom.segments().list(true).stream().toList();
        out.println("GET /segments?include_count=true: " + segments.size() + " segments " + segments.stream()
                .map(s -> s.name() + " (" + s.personType() + ", " + s.count() + ")").toList());
        check(segments.size() == 3 && segments.stream().allMatch(s -> s.count() != null), "expected 3 counted segments");
        check("true".equals(fake.requests().stream().filter(r -> r.path().equals("/segments")).findFirst().orElseThrow()
                .query("include_count")), "include_count=true was not sent");
    }

    private static void tags(PrintStream out, FakeIntercom fake, Intercom intercom, String companyId) {
        Tag tag = intercom.tags().apply(TagRequest.tagCompanies("Tour", List.of(CompanyIdentifier.byCompanyId("tour-6"))));
        List<String> names = intercom.tags().list().stream().map(Tag::name).toList();
        List<String> onCompany = new ArrayList<>();
        fake.companies().company(companyId).orElseThrow().path("tags").path("tags")
                .forEach(t -> onCompany.add(t.path("name").asText()));
        out.println("POST /tags " + sent(fake, "POST", "/tags") + ": tag " + tag.id() + " created, tour-6 now tagged "
                + onCompany + "; GET /tags: " + names.size() + " tags " + names);
        check(names.size() == 4 && "Tour".equals(fake.tags().tags().get(tag.id())) && onCompany.equals(List.of("Tour")),
                "the tag was not created and applied: " + names + ", " + onCompany);
    }

    private static void teams(PrintStream out, Intercom intercom) {
        List<Team> teams = intercom.teams().list();
        out.println("GET /teams: " + teams.size() + " teams " + teams.stream()
                .map(t -> t.name() + " (" + t.distributionMethod() + ", admins " + t.adminIds() + ")").toList());
        check(teams.size() == 2, "expected 2 teams, got " + teams.size());
    }

    private static void admins(PrintStream out, Intercom intercom) {
        Admin me = intercom.admins().me();
        List<Admin> admins = intercom.admins().list();
        out.println("GET /me: admin " + me.id() + " (" + me.name() + ") of workspace " + me.app().name() + " ("
                + me.app().region() + "); GET /admins: " + admins.size() + " admins");
        check(admins.stream().anyMatch(a -> a.id().equals(me.id())), "the token's admin is not among the admins");
    }

    /** @return the body of the last request to that path, as sent */
    private static String sent(FakeIntercom fake, String method, String path) {
        List<FakeRequest> matching = fake.requests().stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
        check(!matching.isEmpty(), "no " + method + " " + path + " was sent");
        return matching.get(matching.size() - 1).bodyUtf8();
    }
}
