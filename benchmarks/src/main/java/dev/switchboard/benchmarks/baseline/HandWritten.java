package dev.switchboard.benchmarks.baseline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The baseline: what a careful engineer writes by hand with the same libraries the SDK uses, OkHttp and Jackson,
 * without the SDK. Each listing streams a page with Jackson's parser and reads every record into a {@link JsonNode};
 * each call is one OkHttp call read with {@code readTree}; each webhook is checked (HMAC-SHA1 or the shared secret)
 * and read with {@code readTree}. Every method returns the same checksum as its SDK counterpart: the sum of the
 * hash codes of the ids it read.
 */
public final class HandWritten {
    /** A plain mapper, as a user would create it. */
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final String authorization;

    /**
     * @param http the client
     * @param authorization the {@code Authorization} header value
     */
    public HandWritten(OkHttpClient http, String authorization) {
        this.http = http;
        this.authorization = authorization;
    }

    private Request.Builder request(String url) {
        return new Request.Builder().url(url).header("Authorization", authorization).header("Accept", "application/json");
    }

    private static void check(Response r) throws IOException {
        if (!r.isSuccessful()) {
            throw new IOException("HTTP " + r.code());
        }
    }

    /** Receives each record of a listing. */
    @FunctionalInterface
    public interface RecordSink {
        /**
         * @param record the record
         * @return its contribution to the checksum
         * @throws IOException if it cannot be written
         */
        long accept(JsonNode record) throws IOException;
    }

    /** Sums the hash codes of the records' {@code id}s. */
    public static final RecordSink ID_HASH = idHash("id");

    /**
     * @param field the id field
     * @return a sink summing the hash codes of that field's values
     */
    public static RecordSink idHash(String field) {
        return record -> record.get(field).asText().hashCode();
    }

    /**
     * Drains an OData listing: records in {@code value}, next page at {@code @odata.nextLink}.
     *
     * @param firstUrl the first page
     * @param sink what to do with each record
     * @return the checksum
     * @throws IOException on failure
     */
    public long odata(String firstUrl, RecordSink sink) throws IOException {
        long acc = 0;
        String url = firstUrl;
        while (url != null) {
            String next = null;
            try (Response r = http.newCall(request(url).build()).execute(); JsonParser p = MAPPER.createParser(r.body().byteStream())) {
                check(r);
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (name.equals("value")) {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            acc += sink.accept(MAPPER.readTree(p));
                        }
                    } else if (name.equals("@odata.nextLink")) {
                        next = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
            }
            url = next;
        }
        return acc;
    }

    /**
     * Drains a Suger offset listing: records in {@code notificationEvents}, next offset at {@code nextOffset}.
     *
     * @param baseUrl the API root
     * @param sink what to do with each record
     * @return the checksum
     * @throws IOException on failure
     */
    public long suger(String baseUrl, RecordSink sink) throws IOException {
        long acc = 0;
        long offset = 0;
        while (offset >= 0) {
            long next = -1;
            String url = baseUrl + "/org/org-1/notificationEvent?priorities=LOW,MEDIUM,HIGH,CRITICAL&limit=1000&offset=" + offset;
            try (Response r = http.newCall(request(url).build()).execute(); JsonParser p = MAPPER.createParser(r.body().byteStream())) {
                check(r);
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (name.equals("notificationEvents")) {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            acc += sink.accept(MAPPER.readTree(p));
                        }
                    } else if (name.equals("nextOffset") && p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                        next = p.getLongValue();
                    } else {
                        p.skipChildren();
                    }
                }
            }
            offset = next;
        }
        return acc;
    }

    /**
     * Drains Intercom's {@code GET /conversations}: records in {@code conversations}, cursor at
     * {@code pages.next.starting_after}.
     *
     * @param baseUrl the API root
     * @param sink what to do with each record
     * @return the checksum
     * @throws IOException on failure
     */
    public long intercomConversations(String baseUrl, RecordSink sink) throws IOException {
        long acc = 0;
        String cursor = null;
        do {
            String url = baseUrl + "/conversations?per_page=150" + (cursor == null ? "" : "&starting_after=" + cursor);
            String next = null;
            Request req = request(url).header("Intercom-Version", "2.14").build();
            try (Response r = http.newCall(req).execute(); JsonParser p = MAPPER.createParser(r.body().byteStream())) {
                check(r);
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (name.equals("conversations")) {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            acc += sink.accept(MAPPER.readTree(p));
                        }
                    } else if (name.equals("pages")) {
                        JsonNode pages = MAPPER.readTree(p);
                        JsonNode after = pages.path("next").path("starting_after");
                        next = after.isTextual() ? after.textValue() : null;
                    } else {
                        p.skipChildren();
                    }
                }
            }
            cursor = next;
        } while (cursor != null);
        return acc;
    }

    /**
     * @param baseUrl the API root
     * @param id a ticket id
     * @return the ticket's id hash
     * @throws IOException on failure
     */
    public long getTicket(String baseUrl, String id) throws IOException {
        Request req = request(baseUrl + "/tickets/" + id).header("Intercom-Version", "2.14").build();
        try (Response r = http.newCall(req).execute()) {
            check(r);
            return MAPPER.readTree(r.body().byteStream()).get("id").asText().hashCode();
        }
    }

    /**
     * @param baseUrl the API root
     * @param id a ticket id
     * @return the updated ticket's id hash
     * @throws IOException on failure
     */
    public long updateTicket(String baseUrl, String id) throws IOException {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("open", false);
        body.put("admin_id", 991268011L);
        body.put("assignee_id", "5017691");
        Request req = request(baseUrl + "/tickets/" + id).header("Intercom-Version", "2.14")
                .put(RequestBody.create(MAPPER.writeValueAsBytes(body), JSON)).build();
        try (Response r = http.newCall(req).execute()) {
            check(r);
            return MAPPER.readTree(r.body().byteStream()).get("id").asText().hashCode();
        }
    }

    /**
     * Verifies an Intercom notification (HMAC-SHA1 of the raw body, constant-time compare) and reads it.
     *
     * @param body the raw body
     * @param signature the {@code X-Hub-Signature} header
     * @param secret the client secret
     * @return the item's id hash
     * @throws IOException if it does not verify or is not JSON
     */
    public static long intercomWebhook(byte[] body, String signature, String secret) throws IOException {
        byte[] expected;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            expected = mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
        if (!signature.startsWith("sha1=") || !MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature, 5, signature.length()))) {
            throw new IOException("bad signature");
        }
        JsonNode root = MAPPER.readTree(body);
        return root.get("topic").asText().hashCode() + root.path("data").path("item").path("id").asText().hashCode();
    }

    /**
     * Verifies a LiveChat delivery (its {@code secret_key}, constant-time compare) and reads it.
     *
     * @param body the raw body
     * @param secret the expected secret
     * @return the action's hash plus the chat id's (incoming_chat) or the event id's (incoming_event)
     * @throws IOException if it does not verify or is not JSON
     */
    public static long liveChatWebhook(byte[] body, byte[] secret) throws IOException {
        JsonNode root = MAPPER.readTree(body);
        JsonNode key = root.get("secret_key");
        if (key == null || !MessageDigest.isEqual(key.asText().getBytes(StandardCharsets.UTF_8), secret)) {
            throw new IOException("bad secret");
        }
        JsonNode payload = root.get("payload");
        String action = root.get("action").asText();
        long id = action.equals("incoming_chat")
                ? payload.get("chat").get("id").asText().hashCode() + payload.get("chat").get("thread").get("events").size()
                : payload.get("event").get("id").asText().hashCode();
        return action.hashCode() + id;
    }

    /**
     * Writes each record as one line of JSON through one generator over a buffered stream.
     *
     * @param out the JSON generator, its target buffered and its root value separator a line break; the caller
     *     writes the last line break, flushes and closes
     * @return a sink that writes records and counts them
     */
    public static RecordSink lines(com.fasterxml.jackson.core.JsonGenerator out) {
        return record -> {
            MAPPER.writeTree(out, record);
            return 1;
        };
    }
}
