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

class IntercomDataTourLegTest {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    private String output() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theLegReachesConversationsDataExportsAndWorkspaceSettingsAndNeverPrintsTheToken() {
        IntercomDataTourLeg leg = new IntercomDataTourLeg();
        leg.run(out);
        assertEquals("intercom data, exports and workspace settings", leg.name());
        // the size of the gzip depends on the runtime's zlib; everything else is the fake's
        List<String> lines = output().lines().map(l -> l.replaceFirst(": \\d+ bytes of gzip", ": N bytes of gzip")).toList();
        assertEquals(List.of(
                "(sandbox: waits are simulated)",
                "POST /conversations from user 6762f0000000000000000001: message 403919046 started conversation 100046;"
                        + " conversations 45 -> 46",
                "  POST /conversations/100046/parts (snoozed): state snoozed until 2026-05-02T12:00:00Z",
                "  POST /conversations/100046/convert (ticket type 90): ticket 900001 (Customer, title Lost parcel); the"
                        + " conversation now links ticket 900001",
                "POST /data_attributes: custom_attributes.Tour stage (100, string, options [started, finished]); GET"
                        + " /data_attributes?model=contact: 3 attributes, 2 custom",
                "POST /events: took-the-tour for user-1, accepted; GET /events: 6 events of user-1 in 3 pages of 2"
                        + " (pages.next followed), newest took-the-tour at 2026-05-01T11:55:00Z",
                "  GET /events?summary=true: [took-the-tour x1, updated-plan x1, placed-order x2, invited-friend x1,"
                        + " signed-up x1]",
                "POST /export/content/data created_at_after 1775044800 (30 days back): job cdx0000000000001; GET polled 2"
                        + " times, 5 s apart on the sandbox clock: pending -> in_progress -> completed",
                "  GET /download/content/data/cdx0000000000001 (Accept: application/octet-stream): N bytes of gzip, 4 CSV"
                        + " lines, header content_id,content_type,user_id,received_at,opened_at,clicked_at",
                "POST /custom_object_instances/Order: instance 100 (external_id TOUR-1); GET by external_id: 100"
                        + " {\"order_number\":\"TOUR-1\",\"total_amount\":349.99}; Orders 1 -> 2",
                "GET /subscription_types: 2 [135 Newsletters (live, opt_out, [email]), 136 Order updates (draft, opt_in,"
                        + " [sms_message])]",
                "GET /visitors?user_id=3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3: visitor 6762f30c1bb69f9f2193bc5e; PUT"
                        + " /visitors: named Tour Visitor; POST /visitors/convert: now user 6762f30c1bb69f9f2193bc5e"
                        + " (visitor@tour.example); visitors 2 -> 1",
                "GET /ip_allowlist: enabled false []; PUT: enabled true [127.0.0.1, 192.168.1.0/24] (it covers the caller,"
                        + " 127.0.0.1)",
                "POST /phone_call_redirects +353832345678: Messenger link"
                        + " http://via.intercom.io/msgr/d80bc533-1ab3-3e8f-8bda-05cbdac09da7; redirects 0 -> 1",
                "all 23 requests carried Authorization: Bearer *** and Intercom-Version: 2.14"), lines);
        assertFalse(output().contains(IntercomDataTourLeg.TOKEN), output());
    }

    @Test
    void aFailedCallEndsTheLegNamingTheStep() {
        IntercomDataTourLeg leg = new IntercomDataTourLeg(
                fake -> fake.faults().status("POST", "/conversations/{conversation_id}/convert", 400));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> leg.run(out));
        assertTrue(e.getMessage().startsWith("conversations: HTTP 400 Bad Request on POST /conversations/100046/convert:"
                + " Injected failure"), e.getMessage());
        assertEquals(3, output().lines().count(), output());
        assertFalse(output().contains(IntercomDataTourLeg.TOKEN), output());
    }

    @Test
    void anExportWithoutDataEndsTheLegSayingSo() {
        IntercomDataTourLeg leg = new IntercomDataTourLeg(fake -> fake.dataExport().nextJobHasNoData());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> leg.run(out));
        assertEquals("content data export: the export ended no_data, not completed", e.getMessage());
        assertTrue(output().contains(": pending -> in_progress -> no_data"), output());
    }
}
