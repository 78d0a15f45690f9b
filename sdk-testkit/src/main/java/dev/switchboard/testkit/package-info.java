/**
 * Test kit for code that talks to HTTP APIs: stateful fake servers, fault injection, and
 * deterministic time.
 *
 * <ul>
 *   <li>{@link dev.switchboard.testkit.FakeServer} &mdash; a local HTTP server with templated
 *       routes, request recording and {@link dev.switchboard.testkit.Faults fault injection};
 *   <li>{@link dev.switchboard.testkit.FakeRequest} / {@link dev.switchboard.testkit.FakeResponse}
 *       &mdash; what the server received and what it sends back (including broken JSON, dropped
 *       connections, slow bodies and rate-limit headers);
 *   <li>{@link dev.switchboard.testkit.TestJson} &mdash; terse JSON building and parsing;
 *   <li>{@link dev.switchboard.testkit.ManualClock} and {@link
 *       dev.switchboard.testkit.RecordingSleeper} &mdash; time that moves only when told to.
 * </ul>
 *
 * <p>The server is built on OkHttp's MockWebServer, but none of its types appear in this API.
 *
 * <p>A fake with state, a transient failure, and an assertion on what the client sent:
 *
 * <pre>{@code
 * try (FakeServer server = FakeServer.start()) {
 *   Map<String, JsonNode> tickets = new ConcurrentHashMap<>();
 *   server.route("POST", "/tickets", req -> {
 *     String id = "t" + (tickets.size() + 1);
 *     ObjectNode ticket = TestJson.object("id", id, "title", req.json().path("title").asText());
 *     tickets.put(id, ticket);
 *     return FakeResponse.json(201, ticket);
 *   });
 *   server.route("GET", "/tickets/{id}", req -> {
 *     JsonNode ticket = tickets.get(req.pathParam("id"));
 *     return ticket == null ? FakeResponse.status(404) : FakeResponse.json(ticket);
 *   });
 *   server.faults().statusSequence("POST", "/tickets", 503);   // first attempt fails
 *
 *   // ... run the client under test against server.baseUrl() ...
 *
 *   FakeRequest first = server.takeRequest();                   // answered with the 503
 *   FakeRequest retry = server.takeRequest();                   // routed to the handler
 *   assertEquals(first.bodyUtf8(), retry.bodyUtf8());
 *   assertEquals("application/json", retry.header("content-type"));
 * }
 * }</pre>
 */
package dev.switchboard.testkit;
