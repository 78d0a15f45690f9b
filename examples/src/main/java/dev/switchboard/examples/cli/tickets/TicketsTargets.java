package dev.switchboard.examples.cli.tickets;

import dev.switchboard.examples.cli.ExportTarget;
import java.util.List;

/** The export targets of sdk-tickets. */
public final class TicketsTargets {
    private TicketsTargets() {
    }

    /** @return {@code intercom tickets} */
    public static List<ExportTarget> all() {
        return List.of(new TicketsExportTarget());
    }
}
