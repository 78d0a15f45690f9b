package dev.switchboard.examples.cli;

import dev.switchboard.examples.cli.aloochat.AloochatTargets;
import dev.switchboard.examples.cli.aloochat.AloochatTourLeg;
import dev.switchboard.examples.cli.intercom.FinTourLeg;
import dev.switchboard.examples.cli.intercom.IntercomContactsTourLeg;
import dev.switchboard.examples.cli.intercom.IntercomContentTourLeg;
import dev.switchboard.examples.cli.intercom.IntercomDataTourLeg;
import dev.switchboard.examples.cli.intercom.IntercomReportingTourLeg;
import dev.switchboard.examples.cli.intercom.IntercomTargets;
import dev.switchboard.examples.cli.intercom.IntercomTourLeg;
import dev.switchboard.examples.cli.moveworks.MoveworksTargets;
import dev.switchboard.examples.cli.moveworks.MoveworksTourLeg;
import dev.switchboard.examples.cli.suger.SugerTargets;
import dev.switchboard.examples.cli.suger.SugerTourLeg;
import dev.switchboard.examples.cli.tickets.TicketsTargets;
import dev.switchboard.examples.cli.tickets.TicketsTourLeg;
import dev.switchboard.examples.cli.webhooks.WebhookTargets;
import dev.switchboard.examples.cli.webhooks.WebhooksTourLeg;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that lists what this build of the tool can do: each domain module contributes its export targets,
 * decoders and tour legs here, and nothing else lists them. The collections {@code export} accepts and
 * {@code --help} prints ({@link ExportCatalog}) and the sources {@code decode} accepts ({@link DecodeCommand#SOURCES})
 * are derived from these lists.
 */
public final class Targets {
    private Targets() {
    }

    /** @return the export targets, in the order {@code --help} lists them; each (api, collection) at most once */
    public static List<ExportTarget> exports() {
        List<ExportTarget> all = new ArrayList<>();
        all.addAll(TicketsTargets.all());
        all.addAll(IntercomTargets.all());
        all.addAll(MoveworksTargets.all());
        all.addAll(SugerTargets.all());
        all.addAll(AloochatTargets.all());
        return List.copyOf(all);
    }

    /** @return the webhook decoders; each source at most once */
    public static List<DecodeTarget> decoders() {
        return WebhookTargets.all();
    }

    /** @return the legs of {@code switchboard tour}, in the order they run */
    public static List<TourLeg> tourLegs() {
        return List.of(new CoreTourLeg(), new IntercomTourLeg(), new IntercomReportingTourLeg(), new IntercomContactsTourLeg(),
                new IntercomContentTourLeg(), new IntercomDataTourLeg(), new FinTourLeg(), new TicketsTourLeg(),
                new MoveworksTourLeg(), new SugerTourLeg(), new AloochatTourLeg(), new WebhooksTourLeg());
    }
}
