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

class IntercomContentTourLegTest {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    private String output() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theLegReachesArticlesTheHelpCenterNewsfeedsAndAiContentAndNeverPrintsTheToken() {
        IntercomContentTourLeg leg = new IntercomContentTourLeg();
        leg.run(out);
        assertEquals("intercom articles, help center, news and AI content", leg.name());
        assertEquals(List.of(
                "POST /help_center/collections {\"name\":\"Tour\",\"description\":\"What the tour covers\","
                        + "\"help_center_id\":2}: collection 500 in Help Center 2; collections 3 -> 4",
                "  GET /help_center/help_centers: 2 Help Centers [1 \"Help Center\" at https://help.example.com, 2"
                        + " \"Developer Hub\" at http://help-center.test/developer-hub]",
                "POST /articles: article 300 (published, in collection 500, at"
                        + " http://help-center.test/t74hdn32/en/articles/300-taking-the-tour); articles 3 -> 4",
                "  GET /articles/search?phrase=sandbox: matched [300]",
                "GET /news/newsfeeds: 2 newsfeeds; GET /news/newsfeeds/{id}/items: 53 Visitor Feed: 1 live [141 \"New"
                        + " feature: News Items\"]; 54 Customer Feed: 0 live []",
                "POST /ai/content_import_sources: source 60 (sync_behavior api, https://docs.tour.example); sources 2 -> 3",
                "  POST /ai/external_pages: page 61 (source 60, external_id tour-1, en, for the AI agent: true)",
                "  GET /ai/external_pages: 4 external pages in 2 list pages of 3 (pages.next followed), highest id first"
                        + " [61, 19, 18, 17]",
                "all 11 requests carried Authorization: Bearer *** and Intercom-Version: 2.14"),
                output().lines().toList());
        assertFalse(output().contains(IntercomContentTourLeg.TOKEN), output());
    }

    @Test
    void aFailedCallEndsTheLegNamingTheStep() {
        IntercomContentTourLeg leg = new IntercomContentTourLeg(
                fake -> fake.faults().status("POST", "/articles", 400));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> leg.run(out));
        assertTrue(e.getMessage().startsWith("articles: HTTP 400 Bad Request on POST /articles: Injected failure"),
                e.getMessage());
        assertEquals(2, output().lines().count(), output());
        assertFalse(output().contains(IntercomContentTourLeg.TOKEN), output());
    }

    @Test
    void anAnswerThatBreaksAnExpectationEndsTheLegSayingWhat() {
        IntercomContentTourLeg leg = new IntercomContentTourLeg(fake -> fake.aiContent().perPage(1));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> leg.run(out));
        assertEquals("AI content: expected 4 pages, the new one first, in pages of 3", e.getMessage());
        assertTrue(output().contains("  GET /ai/external_pages: 4 external pages in 4 list pages of 3"), output());
    }
}
