package dev.switchboard.examples.cli.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntercomReportingTourLegTest {

    @Test
    void theLegExportsAReportEndToEndAndNeverPrintsTheToken() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        IntercomReportingTourLeg leg = new IntercomReportingTourLeg();
        leg.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String o = buffer.toString(StandardCharsets.UTF_8);
        assertEquals("intercom reporting export, articles, news, away statuses, activity logs", leg.name());
        for (String expected : List.of(
                "GET /export/reporting_data/get_datasets: 2 datasets; conversation has 4 attributes",
                "exported job job1: complete after 3 polls (waited 14 s with backoff [PT2S, PT4S, PT8S]); downloaded ",
                "bytes of .tgz to a temporary file",
                "the archive holds conversation.csv: 501 lines, header conversation_id,conversation_started_at",
                "internal articles: created 200 (en), 4 in all over page-number pages, 2 in folder 10",
                "; a future publish date was refused before sending: true",
                "away status reasons: 3 (1 soft-deleted); admin 991267460 away with reason 'On a break': true",
                "activity logs: 6 over cursor pages, 2 assignment limit changes (2.14 types), last: admin_away_mode_change")) {
            assertTrue(o.contains(expected), () -> "missing: " + expected + "\n" + o);
        }
        assertFalse(o.contains("sandbox-intercom-reporting-token"), o);
    }
}
