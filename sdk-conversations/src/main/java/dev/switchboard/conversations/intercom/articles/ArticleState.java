package dev.switchboard.conversations.intercom.articles;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * An article's (or one translation's) state: {@code published} or {@code draft}. Open: values this SDK does not know
 * are kept as sent. A search may also ask for {@code all} states ({@link ArticleSearch#allStates()}); no article is in
 * that state.
 */
public final class ArticleState extends OpenEnum {
    private static final OpenEnumValues<ArticleState> VALUES = new OpenEnumValues<>(ArticleState::new);
    /** {@code published}: visible in the Help Center. */
    public static final ArticleState PUBLISHED = VALUES.known("published");
    /** {@code draft}: not visible; Intercom's default for a new article. */
    public static final ArticleState DRAFT = VALUES.known("draft");

    private ArticleState(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static ArticleState of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows */
    public static List<ArticleState> knownValues() {
        return VALUES.values();
    }
}
