package dev.switchboard.conversations.intercom.articles;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.spi.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An article's content per locale ({@code article_translated_content}): a {@code type} and one
 * {@link ArticleContent} per locale code ({@code fr}, {@code pt-BR}, {@code zh-TW}, ...). The spec lists 37 locales;
 * any key is read, so a locale Intercom adds later is not lost.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, locales, order and unknown
 * fields included. To change one translation and send the rest back untouched:
 *
 * <pre>{@code
 * ArticleTranslatedContent t = article.translatedContent();
 * ArticleRequest update = ArticleRequest.update()
 *         .translatedContent(t.with("fr", t.get("fr").withTitle("Merci beaucoup")));
 * }</pre>
 */
public final class ArticleTranslatedContent extends JsonModel {

    /** @param json the object as sent */
    public ArticleTranslatedContent(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code article_translated_content}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return every locale sent (every key but {@code type}) and its content, in the order sent; a locale sent as
     *     {@code null} maps to {@code null}
     * @throws dev.switchboard.core.DecodeException naming the path if a locale's value is not an object
     */
    public Map<String, ArticleContent> locales() {
        Map<String, ArticleContent> out = new LinkedHashMap<>();
        for (String locale : json().keySet()) {
            if (!locale.equals("type")) {
                out.put(locale, object(locale, ArticleContent::new));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * @param locale a locale code, for example {@code fr}
     * @return its content, or {@code null} when it is absent or {@code null}
     * @throws dev.switchboard.core.DecodeException naming the path if its value is not an object
     */
    public ArticleContent get(String locale) {
        return object(Checks.notBlank(locale, "locale"), ArticleContent::new);
    }

    /**
     * @param locale a locale code, for example {@code fr}
     * @param content its new content
     * @return a copy with that locale set (in its place, or last when new); every other locale kept exactly
     * @throws IllegalArgumentException if the locale is blank or {@code type}
     */
    public ArticleTranslatedContent with(String locale, ArticleContent content) {
        return new ArticleTranslatedContent(json().with(locale(locale), Objects.requireNonNull(content, "content")));
    }

    static String locale(String locale) {
        Checks.notBlank(locale, "locale");
        if (locale.equals("type")) {
            throw new IllegalArgumentException("locale must be a locale code, not 'type'");
        }
        return locale;
    }
}
