package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.Handler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A stateful fake of Intercom's workspace-level resources (API 2.14) on a {@link FakeServer}: visitors
 * ({@link FakeVisitors}), the IP allowlist, subscription types and phone call redirects.
 *
 * <ul>
 *   <li><b>IP allowlist</b> ({@code GET}/{@code PUT /ip_allowlist}): off and empty at start. An update's entries must
 *       look like IPv4 or IPv6 addresses or CIDR ranges ({@code 400 parameter_invalid} otherwise); enabling a list that
 *       does not cover {@link #callerIp(String) the caller's address} (default {@code 127.0.0.1}) is refused with
 *       {@code 422 parameter_invalid} "Your IP (...) is not on the allowlist. Saving would lock you out of this
 *       workspace.", as Intercom's lockout protection does.</li>
 *   <li><b>Subscription types</b> ({@code GET /subscription_types}): {@code 135} (Newsletters, live, opt-out, email)
 *       and {@code 136} (Order updates by SMS, draft, opt-in, sms_message).</li>
 *   <li><b>Phone call redirects</b> ({@code POST /phone_call_redirects}): an E.164 {@code phone} is answered with the
 *       Messenger link; anything else with {@code 400 {"error_key": "invalid_phone_number", "message": "Invalid phone
 *       number"}} (this endpoint's own error shape, not {@code error.list}); a Romanian number ({@code +40...}) with
 *       the spec's {@code 422 {"error_key": "some_error"}}; {@link #failNextSms()} makes the next one
 *       {@code 400 sms_failed}.</li>
 * </ul>
 */
public final class FakeIntercomWorkspace extends FakeIntercomPart {
    /** The access token the fake accepts unless another is given. */
    public static final String TOKEN = "fake-intercom-token";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    private static final Pattern ADDRESS = Pattern.compile("[0-9.]{7,15}(/[0-9]{1,2})?|[0-9a-fA-F:.]{2,45}(/[0-9]{1,3})?");

    private final FakeVisitors visitors = new FakeVisitors();
    private final ObjectNode allowlist = F.objectNode();
    private final ArrayNode subscriptionTypes = F.arrayNode();
    private final List<JsonNode> redirects = new ArrayList<>();
    private String callerIp = "127.0.0.1";
    private boolean failSms;

    private FakeIntercomWorkspace(FakeServer server, boolean ownsServer, String token) {
        super(server, ownsServer, token);
        allowlist.put("type", "ip_allowlist");
        allowlist.put("enabled", false);
        allowlist.putArray("ip_allowlist");
        subscriptionTypes.add(subscriptionType("135", "live", "opt_out", "Newsletters", "email"));
        subscriptionTypes.add(subscriptionType("136", "draft", "opt_in", "Order updates", "sms_message"));
        route("GET", "/visitors", visitors::get);
        route("PUT", "/visitors", visitors::update);
        route("POST", "/visitors/convert", visitors::convert);
        route("GET", "/ip_allowlist", r -> FakeResponse.json(allowlist));
        route("PUT", "/ip_allowlist", this::updateAllowlist);
        route("GET", "/subscription_types", r -> {
            ObjectNode out = F.objectNode();
            out.put("type", "list");
            out.set("data", subscriptionTypes);
            return FakeResponse.json(out);
        });
        route("POST", "/phone_call_redirects", this::redirect);
    }

    /** @return a fake on its own server, accepting {@link #TOKEN} */
    public static FakeIntercomWorkspace start() {
        return new FakeIntercomWorkspace(FakeServer.start(), true, TOKEN);
    }

    /**
     * Adds the visitor, IP allowlist, subscription type and phone call redirect routes to an existing server.
     *
     * @param server the server; not closed by this fake
     * @param token the access token to accept
     * @return the fake
     */
    public static FakeIntercomWorkspace on(FakeServer server, String token) {
        return new FakeIntercomWorkspace(Objects.requireNonNull(server, "server"), false, Objects.requireNonNull(token, "token"));
    }

    /**
     * @param ip the IPv4 address the lockout protection takes for the caller's
     * @return this fake
     */
    public synchronized FakeIntercomWorkspace callerIp(String ip) {
        this.callerIp = Objects.requireNonNull(ip, "ip");
        return this;
    }

    /** @return this fake; the next phone call redirect fails with {@code 400 sms_failed} */
    public synchronized FakeIntercomWorkspace failNextSms() {
        this.failSms = true;
        return this;
    }

    /** @return the bodies of the phone call redirects answered, oldest first, exactly as received */
    public synchronized List<JsonNode> phoneCallRedirects() {
        List<JsonNode> copies = new ArrayList<>();
        redirects.forEach(r -> copies.add(r.deepCopy()));
        return copies;
    }

    /** @return how many visitors exist (a converted one is gone) */
    public synchronized int visitorCount() {
        return visitors.count();
    }

    private static ObjectNode subscriptionType(String id, String state, String consent, String name, String content) {
        ObjectNode t = F.objectNode();
        t.put("type", "subscription");
        t.put("id", id);
        t.put("state", state);
        t.put("consent_type", consent);
        ObjectNode en = t.putObject("default_translation");
        en.put("name", name);
        en.put("description", name + ", now and then");
        en.put("locale", "en");
        ArrayNode translations = t.putArray("translations");
        translations.add(en.deepCopy());
        ObjectNode fr = translations.addObject();
        fr.put("name", name + " (fr)");
        fr.put("description", name + ", de temps en temps");
        fr.put("locale", "fr");
        t.putArray("content_types").add(content);
        return t;
    }

    private FakeResponse updateAllowlist(FakeRequest r) {
        JsonNode b = FakeParams.jsonBody(r);
        if (b.has("enabled") && !b.get("enabled").isBoolean()) {
            throw IntercomAccess.error(400, "parameter_invalid", "enabled must be a boolean");
        }
        JsonNode list = b.has("ip_allowlist") ? b.get("ip_allowlist") : allowlist.get("ip_allowlist");
        if (!list.isArray()) {
            throw IntercomAccess.error(400, "parameter_invalid", "ip_allowlist must be an array");
        }
        boolean covered = false;
        for (JsonNode e : list) {
            if (!e.isTextual() || !ADDRESS.matcher(e.asText()).matches()) {
                throw IntercomAccess.error(400, "parameter_invalid", "Invalid IP address or range: " + e);
            }
            covered |= covers(e.asText(), callerIp);
        }
        boolean enabled = b.path("enabled").asBoolean(allowlist.path("enabled").asBoolean());
        if (enabled && !covered) {
            throw IntercomAccess.error(422, "parameter_invalid", "Your IP (" + callerIp
                    + ") is not on the allowlist. Saving would lock you out of this workspace.");
        }
        allowlist.put("enabled", enabled);
        allowlist.set("ip_allowlist", list.deepCopy());
        return FakeResponse.json(allowlist);
    }

    /** @return whether an IPv4 entry (an address or a CIDR range) covers an IPv4 address */
    static boolean covers(String entry, String ip) {
        String[] parts = entry.split("/", 2);
        long net = ipv4(parts[0]);
        long addr = ipv4(ip);
        if (net < 0 || addr < 0) {
            return false;
        }
        int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : 32;
        if (prefix > 32) {
            return false;
        }
        long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        return (net & mask) == (addr & mask);
    }

    private static long ipv4(String s) {
        String[] octets = s.split("\\.", -1);
        if (octets.length != 4) {
            return -1;
        }
        long v = 0;
        for (String o : octets) {
            if (o.isEmpty() || o.length() > 3 || !o.chars().allMatch(Character::isDigit) || Integer.parseInt(o) > 255) {
                return -1;
            }
            v = v * 256 + Integer.parseInt(o);
        }
        return v;
    }

    private FakeResponse redirect(FakeRequest r) {
        JsonNode b = FakeParams.jsonBody(r);
        String phone = b.path("phone").asText("");
        if (!E164.matcher(phone).matches()) {
            return FakeResponse.json(400, switchError("invalid_phone_number", "Invalid phone number"));
        }
        if (phone.startsWith("+40")) {
            ObjectNode e = F.objectNode();
            e.put("error_key", "some_error");
            return FakeResponse.json(422, e);
        }
        if (failSms) {
            failSms = false;
            return FakeResponse.json(400, switchError("sms_failed", "SMS was not sent due to an unknown error"));
        }
        JsonNode attributes = b.path("custom_attributes");
        if (!attributes.isMissingNode() && !attributes.isObject()) {
            throw IntercomAccess.error(400, "parameter_invalid", "custom_attributes must be an object");
        }
        redirects.add(b.deepCopy());
        ObjectNode out = F.objectNode();
        out.put("url", "http://via.intercom.io/msgr/" + UUID.nameUUIDFromBytes(phone.getBytes(StandardCharsets.UTF_8)));
        out.put("type", "phone_call_redirect");
        out.put("phone", phone);
        return FakeResponse.json(out);
    }

    private static ObjectNode switchError(String key, String message) {
        ObjectNode e = F.objectNode();
        e.put("error_key", key);
        e.put("message", message);
        return e;
    }
}
