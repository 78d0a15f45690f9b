package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.json.JsonObject;
import dev.switchboard.webhooks.WebhookDecodeException;
import dev.switchboard.webhooks.WebhookHeaders;
import dev.switchboard.webhooks.WebhookLimits;
import dev.switchboard.webhooks.WebhookVerificationException;
import dev.switchboard.webhooks.internal.JsonInput;
import dev.switchboard.webhooks.internal.SecretMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Verifies and decodes LiveChat webhook deliveries (Agent Chat API 3.4 to 3.6, and 3.5's {@code incoming_customer}).
 *
 * <p>LiveChat signs nothing: every delivery carries, inside its JSON body, the {@code secret_key} given when the
 * webhook was registered. So the body is parsed once (within the {@linkplain WebhookLimits limits}), its secret is
 * compared in constant time with the configured ones, and only then is the delivery wrapped in the typed view of its
 * action. The view reads its fields when asked: a field of an unexpected JSON type never fails the delivery, only its
 * own accessor (with a {@link dev.switchboard.core.DecodeException} naming the path).
 *
 * <pre>{@code
 * LiveChatWebhooks livechat = LiveChatWebhooks.builder()
 *         .secrets(System.getenv("LIVECHAT_WEBHOOK_SECRET"))          // accepted for every delivery
 *         .registeredWebhook("d0e1c2b3", "incoming_chat", "its-secret") // or per registered webhook (id and action)
 *         .actionSecrets("incoming_chat", "old-secret", "new-secret")  // or per action; several while rotating
 *         .build();
 * LiveChatWebhook webhook = livechat.verify(body);   // raw bytes, exactly as received
 * }</pre>
 *
 * <p>A delivery is accepted when its {@code secret_key} equals a shared secret, a secret of its {@code action}, or a
 * secret of its {@code webhook_id} when its action is the one that webhook was registered for (a registered webhook
 * has exactly one action, so another action claiming its id is refused). Actions are compared as the decoder reads
 * them: the verb-first names of the 3.4 and 3.5 references ({@code create_group}, ...) are the same as the names
 * deliveries carry ({@code group_created}, ...), and {@code auto_access_added} with an array payload is
 * {@code auto_accesses_updated}. Immutable and thread-safe; its {@code toString()} shows no secret.
 */
public final class LiveChatWebhooks {
    private final SecretMatcher shared;
    private final Map<String, BoundSecrets> byWebhookId;
    private final Map<String, SecretMatcher> byAction;
    private final WebhookLimits limits;

    /** The secrets of one registered webhook and the action it was registered for (canonical name). */
    private record BoundSecrets(String action, SecretMatcher secrets) {
    }

    private LiveChatWebhooks(Builder b) {
        this.shared = SecretMatcher.of(b.shared);
        Map<String, BoundSecrets> webhooks = new HashMap<>();
        b.byWebhookId.forEach((id, secrets) -> webhooks.put(id, new BoundSecrets(b.webhookActions.get(id),
                SecretMatcher.of(secrets))));
        this.byWebhookId = Map.copyOf(webhooks);
        this.byAction = freeze(b.byAction);
        this.limits = b.limits;
    }

    private static Map<String, SecretMatcher> freeze(Map<String, List<String>> secrets) {
        Map<String, SecretMatcher> out = new HashMap<>();
        secrets.forEach((k, v) -> out.put(k, SecretMatcher.of(v)));
        return Map.copyOf(out);
    }

    /** @return a builder with no secrets and the default limits */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies a delivery's {@code secret_key} and decodes it.
     *
     * @param body the raw request body, exactly as received
     * @return the typed webhook; an unknown or missing action gives {@link UnknownLiveChatWebhook}
     * @throws WebhookVerificationException if {@code secret_key} is missing, not a string, or matches no configured
     *     secret, or if no secret is configured for this delivery
     * @throws WebhookDecodeException if the body is missing, too large, too deep, not JSON or not a JSON object
     */
    public LiveChatWebhook verify(byte[] body) {
        JsonObject root = JsonInput.object(body, limits, LiveChatDecoder.WHAT);
        checkSecret(root);
        return LiveChatDecoder.decode(root);
    }

    /**
     * Same as {@link #verify(byte[])}: LiveChat sends no signature header, so the headers are not needed. This form
     * exists so every provider is called the same way.
     *
     * @param body the raw request body
     * @param headers the request headers; not used
     * @return the typed webhook
     * @throws WebhookVerificationException if the secret does not verify
     * @throws WebhookDecodeException if the body is missing, too large, too deep, not JSON or not a JSON object
     */
    public LiveChatWebhook verify(byte[] body, Map<String, List<String>> headers) {
        return verify(body);
    }

    /**
     * Same as {@link #verify(byte[])}.
     *
     * @param body the raw request body
     * @param headers the request headers; not used
     * @return the typed webhook
     * @throws WebhookVerificationException if the secret does not verify
     * @throws WebhookDecodeException if the body is missing, too large, too deep, not JSON or not a JSON object
     */
    public LiveChatWebhook verify(byte[] body, WebhookHeaders headers) {
        return verify(body);
    }

    /**
     * Decodes a delivery without checking its secret: for deliveries verified before, for example read back from your
     * own queue, and for tools. Never use it on a request that just arrived.
     *
     * @param body a delivery body
     * @param limits the limits to apply
     * @return the typed webhook
     * @throws WebhookDecodeException if the body is missing, too large, too deep, not JSON or not a JSON object
     */
    public static LiveChatWebhook decodeWithoutVerification(byte[] body, WebhookLimits limits) {
        return LiveChatDecoder.decode(JsonInput.object(body, Objects.requireNonNull(limits, "limits"), LiveChatDecoder.WHAT));
    }

    /**
     * {@link #decodeWithoutVerification(byte[], WebhookLimits)} with the default limits.
     *
     * @param body a delivery body
     * @return the typed webhook
     * @throws WebhookDecodeException if the body is missing, too large, too deep, not JSON or not a JSON object
     */
    public static LiveChatWebhook decodeWithoutVerification(byte[] body) {
        return decodeWithoutVerification(body, WebhookLimits.defaults());
    }

    /** @return the limits applied to bodies */
    public WebhookLimits limits() {
        return limits;
    }

    /** @return the actions decoded to a typed view (others give {@link UnknownLiveChatWebhook}), aliases included */
    public static Set<String> knownActions() {
        return LiveChatDecoder.knownActions();
    }

    private void checkSecret(JsonObject root) {
        String secret = root.getString(SecretKey.FIELD);
        if (secret == null && (!root.containsKey(SecretKey.FIELD) || root.isNull(SecretKey.FIELD))) {
            throw new WebhookVerificationException(WebhookVerificationException.Reason.MISSING,
                    "the LiveChat delivery has no secret_key");
        }
        if (secret == null) {
            throw new WebhookVerificationException(WebhookVerificationException.Reason.MALFORMED,
                    "the LiveChat delivery's secret_key is not a string");
        }
        SecretMatcher candidates = shared;
        boolean wrongAction = false;
        if (!byWebhookId.isEmpty() || !byAction.isEmpty()) { // only shared secrets: no per-delivery lookups
            Set<String> actions = LiveChatDecoder.actionNames(root);
            BoundSecrets forWebhook = byWebhookId.get(text(root, "webhook_id"));
            if (forWebhook != null) {
                if (actions.contains(forWebhook.action())) {
                    candidates = candidates.plus(forWebhook.secrets());
                } else {
                    wrongAction = true;
                }
            }
            for (String action : actions) {
                SecretMatcher forAction = byAction.get(action);
                if (forAction != null) {
                    candidates = candidates.plus(forAction);
                }
            }
        }
        if (candidates.size() == 0) {
            if (wrongAction) {
                throw new WebhookVerificationException(WebhookVerificationException.Reason.MISMATCH,
                        "the LiveChat delivery's action is not the action its webhook id was registered for");
            }
            throw new WebhookVerificationException(WebhookVerificationException.Reason.NOT_CONFIGURED,
                    "no secret is configured for this LiveChat delivery's webhook id or action");
        }
        if (!candidates.matches(secret)) {
            throw new WebhookVerificationException(WebhookVerificationException.Reason.MISMATCH,
                    "the LiveChat delivery's secret_key matches none of the configured secrets");
        }
    }

    private static String text(JsonObject root, String field) {
        String s = root.getString(field);
        return s == null ? "" : s;
    }

    @Override
    public String toString() {
        return "LiveChatWebhooks[" + shared.size() + " shared secrets, " + byWebhookId.size() + " webhook ids, "
                + byAction.size() + " actions, " + limits + "]";
    }

    /** Configures {@link LiveChatWebhooks}. At least one secret is required. */
    public static final class Builder {
        private final List<String> shared = new ArrayList<>();
        private final Map<String, List<String>> byWebhookId = new HashMap<>();
        private final Map<String, String> webhookActions = new HashMap<>();
        private final Map<String, List<String>> byAction = new HashMap<>();
        private WebhookLimits limits = WebhookLimits.defaults();

        private Builder() {
        }

        /**
         * @param secrets secrets accepted for every delivery; give the old and the new one while rotating
         * @return this builder
         * @throws IllegalArgumentException if a secret is null or empty
         */
        public Builder secrets(String... secrets) {
            for (String s : secrets) {
                shared.add(SecretMatcher.requireSecret(s));
            }
            return this;
        }

        /**
         * The secrets of one registered webhook, bound to the action it was registered for: a delivery carrying this
         * {@code webhook_id} with another action is not verified by them.
         *
         * @param webhookId the id {@code register_webhook} returned
         * @param action the action it was registered for, for example {@code incoming_chat} (an alias such as
         *     {@code create_group} is the same as {@code group_created})
         * @param secrets the secrets accepted for deliveries of that webhook
         * @return this builder
         * @throws IllegalArgumentException if the id or the action is blank, no secret is given, a secret is null or
         *     empty, or the id was bound to another action before
         */
        public Builder registeredWebhook(String webhookId, String action, String... secrets) {
            if (webhookId == null || webhookId.isBlank()) {
                throw new IllegalArgumentException("webhookId must not be blank");
            }
            if (action == null || action.isBlank()) {
                throw new IllegalArgumentException("action must not be blank: give the action webhook " + webhookId
                        + " was registered for");
            }
            String canonical = LiveChatDecoder.canonical(action);
            String bound = webhookActions.get(webhookId);
            if (bound != null && !bound.equals(canonical)) {
                throw new IllegalArgumentException("webhook " + webhookId + " is already bound to another action");
            }
            add(byWebhookId, webhookId, "webhookId", secrets);
            webhookActions.put(webhookId, canonical);
            return this;
        }

        /**
         * @param action an action, for example {@code incoming_chat}; an alias ({@code create_group}) is the same as the
         *     name deliveries carry ({@code group_created}), and {@code auto_accesses_updated} also covers 3.5+
         *     deliveries sent as {@code auto_access_added} with an array payload
         * @param secrets the secrets accepted for deliveries of that action
         * @return this builder
         * @throws IllegalArgumentException if the action is blank or a secret is null or empty
         */
        public Builder actionSecrets(String action, String... secrets) {
            add(byAction, action == null ? null : LiveChatDecoder.canonical(action), "action", secrets);
            return this;
        }

        private static void add(Map<String, List<String>> map, String key, String name, String... secrets) {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            if (secrets.length == 0) {
                throw new IllegalArgumentException("give at least one secret for " + name + " " + key);
            }
            List<String> list = map.computeIfAbsent(key, k -> new ArrayList<>());
            for (String s : secrets) {
                list.add(SecretMatcher.requireSecret(s));
            }
        }

        /**
         * @param limits body size and nesting limits
         * @return this builder
         */
        public Builder limits(WebhookLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * @return the verifier
         * @throws IllegalStateException if no secret was configured (deliveries verified elsewhere can be decoded with
         *     {@link LiveChatWebhooks#decodeWithoutVerification(byte[])})
         */
        public LiveChatWebhooks build() {
            if (shared.isEmpty() && byWebhookId.isEmpty() && byAction.isEmpty()) {
                throw new IllegalStateException("configure at least one LiveChat webhook secret");
            }
            return new LiveChatWebhooks(this);
        }
    }
}
