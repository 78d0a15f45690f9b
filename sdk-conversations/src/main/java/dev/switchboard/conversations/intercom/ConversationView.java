package dev.switchboard.conversations.intercom;

/**
 * How to retrieve a conversation: the query parameters of {@code GET /conversations/{id}}.
 *
 * <pre>{@code
 * Conversation c = intercom.conversations().get("123", ConversationView.DEFAULT.asPlaintext().withTranslations());
 * }</pre>
 *
 * @param displayAsPlaintext send {@code display_as=plaintext}: bodies as plain text instead of HTML
 * @param includeTranslations send {@code include_translations=true}: parts translated to the conversation's detected
 *     language (new in 2.14)
 */
public record ConversationView(boolean displayAsPlaintext, boolean includeTranslations) {
    /** No query parameters: HTML bodies, no translations. */
    public static final ConversationView DEFAULT = new ConversationView(false, false);

    /** @return this view with {@code display_as=plaintext} */
    public ConversationView asPlaintext() {
        return new ConversationView(true, includeTranslations);
    }

    /** @return this view with {@code include_translations=true} */
    public ConversationView withTranslations() {
        return new ConversationView(displayAsPlaintext, true);
    }
}
