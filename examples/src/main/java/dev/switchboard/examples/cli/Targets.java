package dev.switchboard.examples.cli;

import java.util.List;

/**
 * The one place that lists what this build of the tool can do. Domain modules (Intercom, Moveworks, Suger,
 * AlooChat, webhooks) add their export targets, decoders and tour legs here as they arrive.
 */
public final class Targets {
    private Targets() {
    }

    /** @return the export targets; each (api, collection) at most once */
    public static List<ExportTarget> exports() {
        // Domain modules register their export targets here, for example new IntercomTicketsExport().
        return List.of();
    }

    /** @return the webhook decoders; each source at most once */
    public static List<DecodeTarget> decoders() {
        // The webhooks module registers its LiveChat and Intercom decoders here.
        return List.of();
    }

    /** @return the legs of {@code switchboard tour}, in the order they run */
    public static List<TourLeg> tourLegs() {
        // Each domain module adds a leg that drives its client through the sandbox.
        return List.of(new CoreTourLeg());
    }
}
