package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;
import java.util.Locale;

/**
 * An agent's or bot's routing status. LiveChat spells it two ways: the webhook reference says {@code accepting chats}
 * and {@code not accepting chats} (with spaces), the RTM pushes and API responses {@code accepting_chats}. Both are
 * read; the raw text is kept (and written back as sent), and {@link #canonical()} gives the underscore constant for
 * comparisons:
 *
 * <pre>{@code
 * if (status.canonical() == RoutingStatus.ACCEPTING_CHATS) { ... }   // true for both spellings
 * }</pre>
 *
 * <p>Open: any other value is kept as sent.
 */
public final class RoutingStatus extends OpenEnum {
    private static final OpenEnumValues<RoutingStatus> VALUES = new OpenEnumValues<>(RoutingStatus::new);
    /** {@code accepting_chats} */
    public static final RoutingStatus ACCEPTING_CHATS = VALUES.known("accepting_chats");
    /** {@code not_accepting_chats} */
    public static final RoutingStatus NOT_ACCEPTING_CHATS = VALUES.known("not_accepting_chats");
    /** {@code offline} (bots only) */
    public static final RoutingStatus OFFLINE = VALUES.known("offline");
    /** {@code accepting chats}, the webhook reference's spelling of {@link #ACCEPTING_CHATS} */
    public static final RoutingStatus ACCEPTING_CHATS_SPACED = VALUES.known("accepting chats");
    /** {@code not accepting chats}, the webhook reference's spelling of {@link #NOT_ACCEPTING_CHATS} */
    public static final RoutingStatus NOT_ACCEPTING_CHATS_SPACED = VALUES.known("not accepting chats");

    private RoutingStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value that keeps the raw string
     */
    @JsonCreator
    public static RoutingStatus of(String value) {
        return VALUES.of(value);
    }

    /**
     * @return the underscore spelling: {@link #ACCEPTING_CHATS} for both {@code accepting chats} and
     *     {@code accepting_chats}, likewise for not accepting; other values lower-cased with spaces as underscores
     */
    public RoutingStatus canonical() {
        String v = value().trim().toLowerCase(Locale.ROOT).replace(' ', '_');
        return v.equals(value()) ? this : VALUES.of(v);
    }

    /** @return whether the agent or bot takes chats, in either spelling */
    public boolean acceptingChats() {
        return canonical().equals(ACCEPTING_CHATS);
    }

    /** @return the values this SDK version knows, both spellings included */
    public static List<RoutingStatus> knownValues() {
        return VALUES.values();
    }
}
