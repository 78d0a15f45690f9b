package dev.switchboard.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of {@code switchboard --help}, with the export collections taken from {@link ExportCatalog} and the
 * decode sources from {@link DecodeCommand#SOURCES}, both derived from {@link Targets}.
 */
final class Usage {
    private static final int WIDTH = 100;

    private Usage() {
    }

    /** @return the usage, ending with a line break */
    static String text() {
        StringBuilder collections = new StringBuilder();
        for (String api : ExportCatalog.apis()) {
            if (collections.length() > 0) {
                collections.append('\n');
            }
            collections.append(wrapped(String.format("  %-11s ", api), null, ExportCatalog.collections(api)));
        }
        StringBuilder parents = new StringBuilder();
        for (String option : ExportArguments.PARENTS) {
            if (parents.length() > 0) {
                parents.append('\n');
            }
            parents.append(wrapped(String.format("  %-18s  ", option + " ID"), "required by, and only for:",
                    ExportCatalog.withParent(option)));
        }
        return String.join("\n",
                "switchboard: the command-line tool of the Switchboard Java SDK",
                "",
                "Usage:",
                "  switchboard tour",
                "  switchboard export <api> <collection> [--base-url URL] [--since ISO-8601] [--org ID]",
                "                     [--priorities P,...] [--dm-only] [--contact ID] [--company ID]",
                "                     [--newsfeed ID] [--max N] [--debug]",
                "  switchboard decode <" + String.join("|", DecodeCommand.SOURCES)
                        + "> [--secret S]... [--header \"Name: value\"]... [--debug]",
                "  switchboard --help | --version",
                "",
                "Commands:",
                "  tour      drive every API client through the embedded sandbox (no credentials, no network)",
                "  export    write every record of a collection to stdout, one JSON object per line",
                "  decode    decode one raw webhook delivery read from stdin; print one JSON object",
                "",
                "Export collections:",
                collections.toString(),
                "",
                "Export options:",
                "  --base-url URL      replace the API's root URL (absolute http or https)",
                "  --since ISO-8601    only records updated since then: a date-time with offset",
                "                      (2024-05-01T12:00:00Z) or a date (2024-05-01, midnight UTC);",
                "                      moveworks last_updated_time ge, suger startDate, aloochat start_date,",
                "                      intercom tickets, contacts, conversations updated_at > (through their",
                "                      searches), activity-logs created_at_after (no other intercom collection)",
                "  --org ID            suger only: the organization (default: $SUGER_ORG_ID)",
                "  --priorities P,...  suger only: LOW, MEDIUM, HIGH, CRITICAL (default: all four)",
                "  --dm-only           moveworks only: direct-message records only",
                parents.toString(),
                "  --max N             stop after N records",
                "  --debug             print the stack trace of a failure",
                "",
                "Decode options:",
                "  --secret S          a webhook secret to verify the delivery with; repeatable",
                "  --header \"N: v\"     a header of the delivery, such as its signature; repeatable",
                "  --debug             print the stack trace of a failure",
                "",
                "Environment (export credentials; never printed):",
                "  intercom    INTERCOM_TOKEN",
                "  moveworks   MOVEWORKS_API_KEY, or MOVEWORKS_CLIENT_ID and MOVEWORKS_CLIENT_SECRET",
                "  suger       SUGER_API_KEY, with --org or SUGER_ORG_ID",
                "  aloochat    ALOOCHAT_API_KEY",
                "  Without --base-url, an API whose credentials are set is called for real;",
                "  otherwise the embedded sandbox answers.",
                "",
                "Output:",
                "  export  stdout: one JSON object per record; stderr: progress, a summary, or one 'error: ' line",
                "  decode  stdout: {\"ok\":true,\"source\":...,\"name\":...,\"type\":...,\"event\":...}",
                "              or {\"ok\":false,\"error\":\"decode\"|\"verification\",\"message\":...}",
                "",
                "Exit codes:",
                "  0  success",
                "  1  API or transport failure; a tour leg failed",
                "  2  usage error; decode: the delivery is malformed or undecodable",
                "  3  decode: the delivery failed verification",
                "");
    }

    /**
     * The names after the label (and a lead, when not null), comma-separated, wrapped at {@value #WIDTH} columns
     * under the first word.
     */
    private static String wrapped(String label, String lead, List<String> names) {
        List<String> words = new ArrayList<>();
        if (lead != null) {
            words.add(lead);
        }
        for (int i = 0; i < names.size(); i++) {
            words.add(names.get(i) + (i < names.size() - 1 ? "," : ""));
        }
        StringBuilder out = new StringBuilder(label);
        int lineStart = 0;
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                if (out.length() - lineStart + 1 + words.get(i).length() > WIDTH) {
                    out.append('\n');
                    lineStart = out.length();
                    out.append(" ".repeat(label.length()));
                } else {
                    out.append(' ');
                }
            }
            out.append(words.get(i));
        }
        return out.toString();
    }
}
