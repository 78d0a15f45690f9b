package dev.switchboard.conversations.intercom.helpcenter;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.spi.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A collection's (or section's) content per locale ({@code group_translated_content}): a {@code type} and one
 * {@link GroupContent} per locale code ({@code fr}, {@code pt-BR}, ...). Any key is read, so a locale Intercom adds
 * later is not lost.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, locales, order and unknown
 * fields included; {@link #with(String, GroupContent)} changes one locale and keeps the others exactly.
 */
public final class GroupTranslatedContent extends JsonModel {

    /** @param json the object as sent */
    public GroupTranslatedContent(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code group_translated_content}, or {@code null}
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
    public Map<String, GroupContent> locales() {
        Map<String, GroupContent> out = new LinkedHashMap<>();
        for (String locale : json().keySet()) {
            if (!locale.equals("type")) {
                out.put(locale, object(locale, GroupContent::new));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * @param locale a locale code, for example {@code fr}
     * @return its content, or {@code null} when it is absent or {@code null}
     * @throws dev.switchboard.core.DecodeException naming the path if its value is not an object
     */
    public GroupContent get(String locale) {
        return object(Checks.notBlank(locale, "locale"), GroupContent::new);
    }

    /**
     * @param locale a locale code, for example {@code fr}
     * @param content its new content
     * @return a copy with that locale set (in its place, or last when new); every other locale kept exactly
     * @throws IllegalArgumentException if the locale is blank or {@code type}
     */
    public GroupTranslatedContent with(String locale, GroupContent content) {
        return new GroupTranslatedContent(json().with(locale(locale), Objects.requireNonNull(content, "content")));
    }

    static String locale(String locale) {
        Checks.notBlank(locale, "locale");
        if (locale.equals("type")) {
            throw new IllegalArgumentException("locale must be a locale code, not 'type'");
        }
        return locale;
    }
}
