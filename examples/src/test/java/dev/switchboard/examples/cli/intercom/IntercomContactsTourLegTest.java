package dev.switchboard.examples.cli.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntercomContactsTourLegTest {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    private String output() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theLegReachesContactsCompaniesAndTheDirectoryAndNeverPrintsTheToken() {
        IntercomContactsTourLeg leg = new IntercomContactsTourLeg();
        leg.run(out);
        assertEquals("intercom contacts, companies and directory", leg.name());
        assertEquals(List.of(
                "POST /contacts: user 6762f0d01bb69f9f2193b01f (external_id tour-ada, ada@tour.example); contacts 30 -> 31",
                "  POST /contacts/search role = user AND custom_attributes.paid_subscriber = true: 11 users over 3 pages"
                        + " of 5 (cursor in the body), 6762f0d01bb69f9f2193b01f among them",
                "  POST /contacts/6762f0d01bb69f9f2193b01f/tags {\"id\":\"83\"}: tagged 'Churn risk'; its tags now [Churn risk]",
                "  POST /contacts/6762f0d01bb69f9f2193b01f/notes: note 27 by Eve Oduya; GET /contacts/6762f0d01bb69f9f2193b01f"
                        + "/notes lists 1: \"<p>Walked through the tour</p>\"",
                "POST /companies company_id tour-6 twice: created 6762f07a1bb69f9f21930006 (plan Starter), then updated the"
                        + " same company (plan Pro); companies 5 -> 6",
                "  POST /contacts/6762f0d01bb69f9f2193b01f/companies {\"id\":\"6762f07a1bb69f9f21930006\"}: Tour Ltd has 1"
                        + " contact; GET /contacts/6762f0d01bb69f9f2193b01f/companies: [Tour Ltd]",
                "  GET /companies/scroll: 6 companies in 3 pages of 2, then the empty page that ends the scroll; one"
                        + " scroll_param throughout: true; 6762f07a1bb69f9f21930006 among them: true",
                "GET /segments?include_count=true: 3 segments [Active users (user, 5), Leads this week (contact, 2), VIP"
                        + " customers (user, 1)]",
                "POST /tags {\"name\":\"Tour\",\"companies\":[{\"company_id\":\"tour-6\"}]}: tag 7522910 created, tour-6 now"
                        + " tagged [Tour]; GET /tags: 4 tags [Urgent, Billing, VIP, Tour]",
                "GET /teams: 2 teams [Support (round_robin, admins [991267460, 991267461]), Billing (balanced, admins"
                        + " [991267461])]",
                "GET /me: admin 991267460 (Ciaran Lee) of workspace Switchboard sandbox (EU); GET /admins: 2 admins",
                "all 22 requests carried Authorization: Bearer *** and Intercom-Version: 2.14"),
                output().lines().toList());
        assertFalse(output().contains(IntercomContactsTourLeg.TOKEN), output());
    }

    @Test
    void aFailedCallEndsTheLegNamingTheStepAfterPrintingTheStepsBefore() {
        IntercomContactsTourLeg leg = new IntercomContactsTourLeg(
                fake -> fake.faults().status("POST", "/contacts/{contact_id}/notes", 500));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> leg.run(out));
        assertTrue(e.getMessage().startsWith("notes: HTTP 500 Internal Server Error on POST"
                + " /contacts/6762f0d01bb69f9f2193b01f/notes: Injected failure"), e.getMessage());
        List<String> lines = output().lines().toList();
        assertEquals(3, lines.size(), output());
        assertTrue(lines.get(2).contains("/tags {\"id\":\"83\"}: tagged 'Churn risk'"), output());
        assertFalse(output().contains(IntercomContactsTourLeg.TOKEN), output());
        assertFalse(e.getMessage().contains(IntercomContactsTourLeg.TOKEN), e.getMessage());
    }
}
