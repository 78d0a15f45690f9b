package dev.switchboard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@code switchboard decode}: usage errors, the JSON line on stdout and the exit statuses. */
class DecodeTest {
    private static final String BODY = "{\"action\":\"incoming_chat\",\"secret_key\":\"whsec-0123456789\"}";

    /** A typed LiveChat delivery. */
    record IncomingChat(String action, String secret_key, Payload payload) {
    }

    /** Nested content. */
    record Payload(String chatId, Map<String, Object> extra) {
    }

    private static FakeDecodeTarget decoding(String source) {
        return new FakeDecodeTarget(source, (body, secrets, headers) -> DecodeOutcome.decoded("incoming_chat",
                new IncomingChat("incoming_chat", "whsec-0123456789",
                        new Payload("chat-1", new TreeMap<>(Map.of("secret_key", "nested-secret", "n", 1))))));
    }

    @Test
    void decodedDeliveryIsOneJsonLine() {
        CliRun r = CliRun.with().decoder(decoding("livechat")).stdin(BODY).run("decode", "livechat");
        assertEquals(0, r.exit, r::toString);
        assertEquals("", r.err);
        assertEquals("{\"ok\":true,\"source\":\"livechat\",\"name\":\"incoming_chat\",\"type\":\"IncomingChat\","
                + "\"event\":{\"action\":\"incoming_chat\",\"secret_key\":\"[redacted]\",\"payload\":{\"chatId\":\"chat-1\","
                + "\"extra\":{\"n\":1,\"secret_key\":\"[redacted]\"}}}}\n",
                r.out);
    }

    @Test
    void decodedWithAnExplicitType() {
        FakeDecodeTarget target = new FakeDecodeTarget("intercom",
                (b, s, h) -> new DecodeOutcome.Decoded("conversation.user.created", "Notification", Map.of("id", "n1")));
        CliRun r = CliRun.with().decoder(target).stdin("{}").run("decode", "intercom");
        assertEquals(0, r.exit);
        assertEquals("{\"ok\":true,\"source\":\"intercom\",\"name\":\"conversation.user.created\",\"type\":\"Notification\","
                + "\"event\":{\"id\":\"n1\"}}\n", r.out);
    }

    @Test
    void verificationFailureIsStatusThree() {
        FakeDecodeTarget target = new FakeDecodeTarget("intercom",
                (b, s, h) -> DecodeOutcome.unverified("X-Hub-Signature does not match the body"));
        CliRun r = CliRun.with().decoder(target).stdin("{}").run("decode", "intercom", "--secret", "s3cret-value");
        assertEquals(3, r.exit);
        assertEquals("{\"ok\":false,\"error\":\"verification\",\"message\":\"X-Hub-Signature does not match the body\"}\n",
                r.out);
        assertEquals("", r.err);
    }

    @Test
    void decodeFailureIsStatusTwo() {
        FakeDecodeTarget target = new FakeDecodeTarget("livechat",
                (b, s, h) -> new DecodeOutcome.Rejected("decode", "could not decode webhook body: it is truncated JSON"));
        CliRun r = CliRun.with().decoder(target).stdin("{\"act").run("decode", "livechat");
        assertEquals(2, r.exit);
        assertEquals("{\"ok\":false,\"error\":\"decode\",\"message\":\"could not decode webhook body: it is truncated JSON\"}\n",
                r.out);
    }

    @Test
    void noDecoderRegistered() {
        CliRun r = CliRun.with().stdin(BODY).run("decode", "livechat");
        assertEquals(2, r.exit);
        assertEquals("{\"ok\":false,\"error\":\"decode\",\"message\":\"no decoder for livechat in this build\"}\n", r.out);
        assertEquals("", r.err);
    }

    @Test
    void oversizedBodyIsRejectedBeforeDecoding() {
        FakeDecodeTarget target = decoding("livechat");
        byte[] big = new byte[DecodeCommand.MAX_BODY_BYTES + 1];
        CliRun r = CliRun.with().decoder(target).stdin(big).run("decode", "livechat");
        assertEquals(2, r.exit);
        assertEquals("{\"ok\":false,\"error\":\"decode\",\"message\":\"body larger than 10 MiB\"}\n", r.out);
        assertTrue(target.bodies.isEmpty());
    }

    @Test
    void bodyOfExactlyTenMiBIsPassedOn() {
        FakeDecodeTarget target = new FakeDecodeTarget("livechat", (b, s, h) -> DecodeOutcome.undecodable("not JSON"));
        CliRun r = CliRun.with().decoder(target).stdin(new byte[DecodeCommand.MAX_BODY_BYTES]).run("decode", "livechat");
        assertEquals(2, r.exit);
        assertEquals(DecodeCommand.MAX_BODY_BYTES, target.bodies.get(0).length);
    }

    @Test
    void bodySecretsAndHeadersArePassedAsGiven() {
        FakeDecodeTarget target = decoding("intercom");
        CliRun r = CliRun.with().decoder(target).stdin(BODY).run("decode", "intercom",
                "--secret", "first-secret", "--header", "X-Hub-Signature: sha1=abc", "--secret=second-secret",
                "--header", "content-type:application/json", "--header", "x-hub-signature:  sha1=def  ",
                "--header", "X-Empty:");
        assertEquals(0, r.exit, r::toString);
        assertArrayEquals(BODY.getBytes(StandardCharsets.UTF_8), target.bodies.get(0));
        assertEquals(List.of("first-secret", "second-secret"), target.secrets.get(0));
        Map<String, List<String>> headers = target.headers.get(0);
        assertEquals(List.of("sha1=abc", "sha1=def"), headers.get("X-Hub-Signature"));
        assertEquals(List.of("sha1=abc", "sha1=def"), headers.get("x-hub-signature"));
        assertEquals(List.of("application/json"), headers.get("Content-Type"));
        assertEquals(List.of(""), headers.get("x-empty"));
        assertEquals(3, headers.size());
        assertTrue(headers.containsKey("X-Hub-Signature"));
    }

    @Test
    void noSecretsOrHeadersGiveEmptyCollections() {
        FakeDecodeTarget target = decoding("livechat");
        CliRun.with().decoder(target).stdin(BODY).run("decode", "livechat");
        assertEquals(List.of(), target.secrets.get(0));
        assertEquals(Map.of(), target.headers.get(0));
    }

    @Test
    void aThrowingDecoderIsADecodeErrorWithSecretsMasked() {
        FakeDecodeTarget target = new FakeDecodeTarget("livechat", (b, s, h) -> {
            throw new IllegalStateException("cannot verify with " + s.get(0));
        });
        CliRun r = CliRun.with().decoder(target).stdin(BODY).run("decode", "livechat", "--secret", "whsec-0123456789");
        assertEquals(2, r.exit);
        assertEquals("{\"ok\":false,\"error\":\"decode\",\"message\":\"cannot verify with ***\"}\n", r.out);
        assertEquals("", r.err, "no stack trace without --debug");

        CliRun debug = CliRun.with().decoder(target).stdin(BODY).run("decode", "livechat", "--secret", "whsec-0123456789",
                "--debug");
        assertEquals(2, debug.exit);
        assertEquals(r.out, debug.out);
        assertTrue(debug.err.contains("\tat "), debug::toString);
        assertFalse(debug.err.contains("whsec-0123456789"), debug::toString);
    }

    @Test
    void rejectedMessagesAreMaskedAndOneLine() {
        FakeDecodeTarget target = new FakeDecodeTarget("livechat",
                (b, s, h) -> DecodeOutcome.unverified("secret_key whsec-0123456789\ndoes not match"));
        CliRun r = CliRun.with().env(Map.of()).decoder(target).stdin(BODY)
                .run("decode", "livechat", "--secret", "whsec-0123456789");
        assertEquals(3, r.exit);
        assertEquals("{\"ok\":false,\"error\":\"verification\",\"message\":\"secret_key *** does not match\"}\n", r.out);
    }

    @Test
    void aNullOutcomeIsADecodeError() {
        FakeDecodeTarget target = new FakeDecodeTarget("intercom", (b, s, h) -> null);
        CliRun r = CliRun.with().decoder(target).stdin("{}").run("decode", "intercom");
        assertEquals(2, r.exit);
        assertEquals("{\"ok\":false,\"error\":\"decode\",\"message\":\"the intercom decoder returned no outcome\"}\n", r.out);
    }

    @Test
    void usageErrors() {
        assertUsageError("unknown decode source 'slack'; valid: livechat, intercom", "decode", "slack");
        assertUsageError("decode needs a source: livechat or intercom", "decode");
        assertUsageError("--header must be \"Name: value\" (no colon found)", "decode", "livechat", "--header", "X-Sig abc");
        assertUsageError("--header must be \"Name: value\" (the name is empty)", "decode", "livechat", "--header", " : abc");
        assertUsageError("option --header needs a value", "decode", "livechat", "--header");
        assertUsageError("option --secret needs a value", "decode", "livechat", "--secret", "--debug");
        assertUsageError("--secret must not be empty", "decode", "livechat", "--secret=");
        assertUsageError("unknown option '--verify' (try --help)", "decode", "livechat", "--verify");
        assertUsageError("option --debug given twice", "decode", "livechat", "--debug", "--debug");
        assertUsageError("unexpected argument 'body.json'; the delivery is read from stdin", "decode", "intercom", "body.json");
    }

    @Test
    void usageErrorsNeverEchoSecrets() {
        CliRun r = CliRun.with().run("decode", "whsec-0123456789", "--secret", "whsec-0123456789");
        assertEquals(2, r.exit);
        assertEquals("error: unknown decode source '***'; valid: livechat, intercom\n", r.err);
    }

    private static void assertUsageError(String message, String... args) {
        FakeDecodeTarget target = decoding("livechat");
        CliRun r = CliRun.with().decoder(target).stdin(BODY).run(args);
        assertEquals(2, r.exit, r::toString);
        assertEquals("", r.out, r::toString);
        assertEquals("error: " + message + "\n", r.err);
        assertTrue(target.bodies.isEmpty());
    }
}
