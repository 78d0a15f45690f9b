package dev.switchboard.examples.cli.intercom;

import dev.switchboard.conversations.intercom.CallsClient;
import dev.switchboard.conversations.intercom.ConversationsClient;
import dev.switchboard.conversations.intercom.data.DataAttributesClient;
import dev.switchboard.conversations.intercom.subscriptions.SubscriptionTypesClient;
import dev.switchboard.examples.cli.ExportTarget;
import java.util.List;

/**
 * The export targets of Intercom's lists and searches, for {@code Targets.exports()}: one line per collection, named
 * after the endpoint's path ({@code -} for {@code /} and {@code _}). {@code data-attributes} lists every model's
 * attributes, archived ones included. Not exportable: data events (listed per user only, {@code ?type=user&user_id=})
 * and custom object instances (fetched by id or external id only; the API cannot list them).
 */
public final class IntercomTargets {
    private IntercomTargets() {
    }

    /** @return every Intercom collection {@code export} reads, in the order {@code --help} lists them */
    public static List<ExportTarget> all() {
        return List.of(
                new IntercomListExport("conversations",
                        (c, r) -> new ConversationsClient(c).list(ConversationsClient.MAX_PER_PAGE)),
                new IntercomListExport("calls", (c, r) -> new CallsClient(c).list(CallsClient.MAX_PER_PAGE)),
                new IntercomListExport("data-attributes", (c, r) -> new DataAttributesClient(c).list(null, true)),
                new IntercomListExport("subscription-types", (c, r) -> new SubscriptionTypesClient(c).list()));
    }
}
