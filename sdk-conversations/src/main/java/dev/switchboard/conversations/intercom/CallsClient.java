package dev.switchboard.conversations.intercom;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.paging.PageStyle;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.ApiResponse;
import dev.switchboard.core.spi.Checks;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.HttpResponse;
import dev.switchboard.core.spi.Transport;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom's calls (new in 2.14): list, get, the recording's signed URL, the transcript, and calls with transcripts
 * by conversation. Immutable and thread-safe; it shares the {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * CallsClient calls = new CallsClient(connection);
 * for (Call call : calls.list()) { ... }                       // every page, 25 at a time
 * URI recording = calls.recordingUrl("123");                   // the signed URL; nothing is downloaded
 * CallTranscript transcript = calls.transcript("123");
 * }</pre>
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.NotFoundException} for an
 * unknown call, {@link dev.switchboard.core.AuthenticationException} for a bad token, other
 * {@link dev.switchboard.core.ApiException}s with Intercom's error details and request id,
 * {@link dev.switchboard.core.TransportException} when no answer came, and {@link IllegalArgumentException} for
 * arguments rejected before anything is sent.
 */
public final class CallsClient implements ResourceClient<CallsClient> {
    /** The largest page {@code GET /calls} serves. */
    public static final int MAX_PER_PAGE = 25;
    /** The most conversation ids one {@code POST /calls/search} takes. */
    public static final int MAX_SEARCH_IDS = 20;

    private static final PageStyle PAGES = PageStyle.pageNumber().itemsAt("/data")
            .pageParam("page").currentPageAt("/pages/page").totalPagesAt("/pages/total_pages").build();

    private final Transport transport;

    /** @param connection the connection to send through */
    public CallsClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private CallsClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public CallsClient withOptions(RequestOptions options) {
        return new CallsClient(transport.withOptions(options));
    }

    /** @return every call, lazily, in Intercom's default pages of 25 */
    public Paginator<Call> list() {
        return Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/calls").build(), PAGES, Call.class);
    }

    /**
     * @param perPage calls per page, 1 to {@value #MAX_PER_PAGE}
     * @return every call, lazily
     * @throws IllegalArgumentException if {@code perPage} is out of range
     */
    public Paginator<Call> list(int perPage) {
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new IllegalArgumentException("perPage must be between 1 and " + MAX_PER_PAGE + ", was " + perPage);
        }
        return Paginator.of(transport,
                ApiRequest.builder(HttpMethod.GET, "/calls").query("per_page", perPage).build(), PAGES,
                Call.class);
    }

    /**
     * @param callId the call's id
     * @return the call
     * @throws dev.switchboard.core.NotFoundException if there is no such call
     */
    public Call get(String callId) {
        return transport.execute(getRequest(callId), Call.class);
    }

    /**
     * @param callId the call's id
     * @return completes with the call, or exceptionally with the same exceptions as {@link #get(String)}
     */
    public CompletableFuture<Call> getAsync(String callId) {
        ApiRequest r;
        try {
            r = getRequest(callId);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return transport.executeAsync(r, Call.class);
    }

    private static ApiRequest getRequest(String callId) {
        return ApiRequest.builder(HttpMethod.GET, "/calls/{call_id}", Checks.notBlank(callId, "callId"))
                .build();
    }

    /**
     * The signed URL of the call's recording. Intercom answers {@code 302} with the URL in {@code Location}; the
     * redirect is not followed, nothing is downloaded, and the access token never goes to the recording's host.
     * Fetch the URL soon: the signature expires.
     *
     * @param callId the call's id
     * @return the signed recording URL (a relative {@code Location} is resolved against the API URL)
     * @throws dev.switchboard.core.NotFoundException if there is no such call or no recording
     * @throws DecodeException if the answer is not a redirect with a usable {@code Location}
     */
    public URI recordingUrl(String callId) {
        ApiRequest r = recordingRequest(callId);
        try (HttpResponse response = transport.open(r)) {
            return recordingLocation(r, response);
        }
    }

    /**
     * As {@link #recordingUrl(String)}, without blocking a thread.
     *
     * @param callId the call's id
     * @return completes with the signed URL, or exceptionally with what {@link #recordingUrl(String)} throws
     */
    public CompletableFuture<URI> recordingUrlAsync(String callId) {
        return Futures.start(() -> {
            ApiRequest r = recordingRequest(callId);
            return Futures.map(transport.openAsync(r), response -> {
                try (response) {
                    return recordingLocation(r, response);
                }
            });
        });
    }

    private static ApiRequest recordingRequest(String callId) {
        return ApiRequest.builder(HttpMethod.GET, "/calls/{call_id}/recording", Checks.notBlank(callId, "callId")).build();
    }

    private URI recordingLocation(ApiRequest r, HttpResponse response) {
        if (!response.isRedirect()) {
            throw new DecodeException("expected a redirect to the recording from " + r + ", got HTTP " + response.status(),
                    "", null);
        }
        String location = response.location().filter(l -> !l.isBlank()).orElseThrow(() -> new DecodeException(
                "the redirect from " + r + " has no Location header", "", null));
        try {
            return URI.create(transport.config().baseUrl() + r.path().orElseThrow()).resolve(location.trim());
        } catch (IllegalArgumentException e) {
            throw new DecodeException("the Location of the redirect from " + r + " is not a valid URL", "", e);
        }
    }

    /**
     * The call's transcript, as text or as JSON entries (see {@link CallTranscript}).
     *
     * @param callId the call's id
     * @return the transcript; {@link CallTranscript#isEmpty()} when the call has none
     * @throws dev.switchboard.core.NotFoundException if there is no such call
     * @throws DecodeException if a JSON answer is not an array of objects, or the body exceeds 32 MiB
     */
    public CallTranscript transcript(String callId) {
        ApiRequest r = ApiRequest.builder(HttpMethod.GET, "/calls/{call_id}/transcript", Checks.notBlank(callId, "callId"))
                .header("Accept", "text/plain, application/json").build();
        return transport.send(r, new TranscriptDecoder()).value();
    }

    /**
     * As {@link #transcript(String)}, without blocking a thread.
     *
     * @param callId the call's id
     * @return completes with what {@link #transcript(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<CallTranscript> transcriptAsync(String callId) {
        return Futures.start(() -> {
            ApiRequest r = ApiRequest.builder(HttpMethod.GET, "/calls/{call_id}/transcript", Checks.notBlank(callId, "callId"))
                    .header("Accept", "text/plain, application/json").build();
            return Futures.map(transport.sendAsync(r, new TranscriptDecoder()), ApiResponse::value);
        });
    }

    /**
     * The calls of up to {@value #MAX_SEARCH_IDS} conversations, with their transcripts
     * ({@code POST /calls/search}; a read, so it is retried like a GET).
     *
     * @param conversationIds 1 to {@value #MAX_SEARCH_IDS} conversation ids
     * @return the calls, each with {@link Call#transcript()} and {@link Call#transcriptStatus()}
     * @throws IllegalArgumentException if there are no ids, more than {@value #MAX_SEARCH_IDS}, or a blank one
     */
    public List<Call> search(List<String> conversationIds) {
        // Each call is a view over its own object: a call with a mistyped field fails only that field's accessor.
        return calls(transport.execute(searchRequest(conversationIds), CallList.class));
    }

    /**
     * As {@link #search(List)}, without blocking a thread.
     *
     * @param conversationIds 1 to {@value #MAX_SEARCH_IDS} conversation ids
     * @return completes with what {@link #search(List)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<List<Call>> searchAsync(List<String> conversationIds) {
        return Futures.start(() -> Futures.map(transport.executeAsync(searchRequest(conversationIds), CallList.class),
                CallsClient::calls));
    }

    private static List<Call> calls(CallList list) {
        List<Call> calls = list.data();
        return calls == null ? List.of() : calls;
    }

    private static ApiRequest searchRequest(List<String> conversationIds) {
        Objects.requireNonNull(conversationIds, "conversationIds");
        if (conversationIds.isEmpty() || conversationIds.size() > MAX_SEARCH_IDS) {
            throw new IllegalArgumentException("conversationIds must hold 1 to " + MAX_SEARCH_IDS + " ids, had "
                    + conversationIds.size());
        }
        List<String> ids = new ArrayList<>();
        for (String id : conversationIds) {
            ids.add(Checks.notBlank(id, "conversationIds entry"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("conversation_ids", ids);
        return ApiRequest.builder(HttpMethod.POST, "/calls/search").jsonBody(body).retrySafe().build();
    }

    @Override
    public String toString() {
        return "CallsClient{" + transport.config().baseUrl() + "}";
    }
}
