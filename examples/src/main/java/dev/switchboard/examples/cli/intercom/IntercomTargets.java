package dev.switchboard.examples.cli.intercom;

import dev.switchboard.examples.cli.ExportTarget;
import java.util.List;

/** The export targets of Intercom's calls and conversations, for {@code Targets.exports()}. */
public final class IntercomTargets {
    private IntercomTargets() {
    }

    /** @return {@code intercom conversations} and {@code intercom calls} */
    public static List<ExportTarget> all() {
        return List.of(new IntercomConversationsExport(), new IntercomCallsExport());
    }
}
