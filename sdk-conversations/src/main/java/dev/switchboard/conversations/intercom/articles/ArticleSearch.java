package dev.switchboard.conversations.intercom.articles;

import dev.switchboard.core.spi.Checks;
import java.util.Objects;

/**
 * The query of an article search ({@code GET /articles/search}): a phrase, a state ({@code published}, {@code draft}
 * or {@code all}), a Help Center and whether to return highlights. Every part is optional; only what is set is sent.
 * Immutable: each setter returns a copy.
 *
 * <pre>{@code
 * ArticleSearch q = ArticleSearch.phrase("Getting started").state(ArticleState.PUBLISHED).highlight(true);
 * }</pre>
 */
public final class ArticleSearch {
    private static final ArticleSearch EMPTY = new ArticleSearch(null, null, null, null);

    private final String phrase;
    private final String state;
    private final String helpCenterId;
    private final Boolean highlight;

    private ArticleSearch(String phrase, String state, String helpCenterId, Boolean highlight) {
        this.phrase = phrase;
        this.state = state;
        this.helpCenterId = helpCenterId;
        this.highlight = highlight;
    }

    /** @return a search with no filter: Intercom's defaults apply */
    public static ArticleSearch all() {
        return EMPTY;
    }

    /**
     * @param text the phrase to find in the articles
     * @return a search for that phrase
     * @throws IllegalArgumentException if it is blank
     */
    public static ArticleSearch phrase(String text) {
        return EMPTY.withPhrase(text);
    }

    /**
     * @param text the phrase to find in the articles
     * @return a copy searching for that phrase
     * @throws IllegalArgumentException if it is blank
     */
    public ArticleSearch withPhrase(String text) {
        return new ArticleSearch(Checks.notBlank(text, "phrase"), state, helpCenterId, highlight);
    }

    /**
     * @param articleState {@link ArticleState#PUBLISHED} or {@link ArticleState#DRAFT}
     * @return a copy returning only articles in that state
     */
    public ArticleSearch state(ArticleState articleState) {
        return new ArticleSearch(phrase, Objects.requireNonNull(articleState, "state").value(), helpCenterId, highlight);
    }

    /** @return a copy returning articles in any state ({@code state=all}) */
    public ArticleSearch allStates() {
        return new ArticleSearch(phrase, "all", helpCenterId, highlight);
    }

    /**
     * @param id the Help Center to search in (an integer id)
     * @return a copy searching that Help Center only
     * @throws IllegalArgumentException if it is not an integer id
     */
    public ArticleSearch helpCenterId(String id) {
        return new ArticleSearch(phrase, state, Checks.integerId(id, "helpCenterId"), highlight);
    }

    /**
     * @param on whether to return the matches highlighted ({@link ArticleSearchResponse#highlights()})
     * @return a copy with that setting
     */
    public ArticleSearch highlight(boolean on) {
        return new ArticleSearch(phrase, state, helpCenterId, on);
    }

    /** @return the phrase, or {@code null} */
    public String phrase() {
        return phrase;
    }

    /** @return {@code published}, {@code draft}, {@code all}, or {@code null} */
    public String state() {
        return state;
    }

    /** @return the Help Center's id, or {@code null} */
    public String helpCenterId() {
        return helpCenterId;
    }

    /** @return whether highlights are asked for, or {@code null} when not sent */
    public Boolean highlight() {
        return highlight;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleSearch s && Objects.equals(s.phrase, phrase) && Objects.equals(s.state, state)
                && Objects.equals(s.helpCenterId, helpCenterId) && Objects.equals(s.highlight, highlight);
    }

    @Override
    public int hashCode() {
        return Objects.hash(phrase, state, helpCenterId, highlight);
    }

    @Override
    public String toString() {
        return "ArticleSearch{phrase=" + phrase + ", state=" + state + ", helpCenterId=" + helpCenterId
                + ", highlight=" + highlight + "}";
    }
}
