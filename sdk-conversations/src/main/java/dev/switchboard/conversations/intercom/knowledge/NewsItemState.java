package dev.switchboard.conversations.intercom.knowledge;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/** A news item's state: {@code draft} or {@code live}. Open: values this SDK does not know are kept as sent. */
public final class NewsItemState extends OpenEnum {
    private static final OpenEnumValues<NewsItemState> VALUES = new OpenEnumValues<>(NewsItemState::new);
    /** {@code draft}: not published; publish dates are ignored. */
    public static final NewsItemState DRAFT = VALUES.known("draft");
    /** {@code live}: published to its newsfeeds. */
    public static final NewsItemState LIVE = VALUES.known("live");

    private NewsItemState(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static NewsItemState of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows */
    public static List<NewsItemState> knownValues() {
        return VALUES.values();
    }
}
