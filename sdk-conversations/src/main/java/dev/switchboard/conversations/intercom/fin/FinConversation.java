package dev.switchboard.conversations.intercom.fin;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.spi.UrlRedaction;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;

/**
 * The answer of {@code POST /fin/start} and {@code POST /fin/reply}: Fin's status, when the answer was made, the
 * attribute updates that failed, and the URL of the conversation's event stream when SSE is enabled.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 * {@link #toString()} leaves out the query of {@code sse_subscription_url}, which holds an access token.
 */
public final class FinConversation extends JsonModel {

    /** @param json the object as sent */
    public FinConversation(JsonObject json) {
        super(json);
    }

    /**
     * @return your conversation id, or {@code null}
     * @throws DecodeException if it is not a string
     */
    public String conversationId() {
        return id("conversation_id");
    }

    /**
     * @return the user's id, or {@code null}
     * @throws DecodeException if it is not a string
     */
    public String userId() {
        return id("user_id");
    }

    /**
     * @return Fin's status (usually {@code thinking} right after a start or reply); unknown values kept; or
     *     {@code null}
     * @throws DecodeException if it is not a string
     */
    public FinStatus status() {
        return openEnum("status", FinStatus::of);
    }

    /**
     * @return {@code created_at_ms}: when the answer was made, to the millisecond, or {@code null}
     * @throws DecodeException if it is not a timestamp
     */
    public Instant createdAt() {
        return instant("created_at_ms");
    }

    /**
     * @return the attribute updates Intercom refused, or {@code null} when all were applied
     * @throws DecodeException if it is not an object
     */
    public FinAttributeErrors errors() {
        return object("errors", FinAttributeErrors::new);
    }

    /** @return whether some user or conversation attribute was not applied */
    public boolean hasAttributeErrors() {
        FinAttributeErrors e = errors();
        return e != null && (!e.userAttributes().isEmpty() || !e.conversationAttributes().isEmpty());
    }

    /**
     * The event stream of this turn, to pass to {@link FinAgentClient#events(FinConversation)}. Its
     * {@code accessToken} is a JWT valid for 3 minutes; Intercom revokes it when Fin reaches
     * {@code awaiting_user_reply} or {@code complete} (or, when a CSAT survey follows, once it is delivered).
     *
     * @return the URL, or {@code null} when SSE is not enabled; it holds a credential, so never log it
     * @throws DecodeException if it is not a string or not an absolute http(s) URL
     */
    public URI sseSubscriptionUrl() {
        String s = string("sse_subscription_url");
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(s);
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                throw new DecodeException("could not read FinConversation.sse_subscription_url: not an absolute http(s) URL",
                        "path $.sse_subscription_url", null);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new DecodeException("could not read FinConversation.sse_subscription_url: not a URL",
                    "path $.sse_subscription_url", null);
        }
    }

    /** @return the JSON with the stream URL's query (its access token) left out */
    @Override
    public String toString() {
        Object url = json().get("sse_subscription_url");
        if (url instanceof String s) {
            return "FinConversation" + json().with("sse_subscription_url", UrlRedaction.withoutQuery(s));
        }
        return super.toString();
    }
}
