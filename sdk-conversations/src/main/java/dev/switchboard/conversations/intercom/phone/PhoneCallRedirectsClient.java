package dev.switchboard.conversations.intercom.phone;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom's phone call redirects ("Switch"): deflect a phone call to the Messenger; Intercom texts the number a link
 * to it, and adds the request's custom attributes to the user's or lead's data. Immutable and thread-safe; it shares
 * the {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * PhoneCallRedirect sent = new PhoneCallRedirectsClient(connection)
 *         .create(PhoneCallRedirectRequest.of("+353832345678").customAttribute("issue_type", "Billing"));
 * }</pre>
 *
 * <p><b>Errors.</b> This endpoint's 400 and 422 bodies are not Intercom's {@code error.list} but
 * {@code {"error_key": "invalid_phone_number", "message": "Invalid phone number"}} (or {@code sms_failed}); they
 * become a {@link dev.switchboard.core.ValidationException} whose message carries Intercom's message and whose
 * {@code rawBody()} has the {@code error_key}. Each request sends an SMS, so it is sent once, never retried.
 *
 * <p>Throws the SDK's unchecked exceptions: {@link dev.switchboard.core.AuthenticationException} for a bad token,
 * {@link dev.switchboard.core.TransportException} when no answer came, and {@link IllegalArgumentException} for
 * arguments rejected before anything is sent.
 */
public final class PhoneCallRedirectsClient implements ResourceClient<PhoneCallRedirectsClient> {
    private final Transport transport;

    /** @param connection the connection to send through */
    public PhoneCallRedirectsClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private PhoneCallRedirectsClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public PhoneCallRedirectsClient withOptions(RequestOptions options) {
        return new PhoneCallRedirectsClient(transport.withOptions(options));
    }

    /**
     * Texts a link to the Messenger ({@code POST /phone_call_redirects}).
     *
     * @param request the number and the custom attributes
     * @return the redirect
     * @throws dev.switchboard.core.ValidationException if Intercom refuses the number or the SMS failed
     */
    public PhoneCallRedirect create(PhoneCallRedirectRequest request) {
        return transport.execute(createRequest(request), PhoneCallRedirect.class);
    }

    /**
     * @param request the number and the custom attributes
     * @return completes with what {@link #create} returns, or exceptionally with what it throws
     */
    public CompletableFuture<PhoneCallRedirect> createAsync(PhoneCallRedirectRequest request) {
        return Futures.start(() -> transport.executeAsync(createRequest(request), PhoneCallRedirect.class));
    }

    private static ApiRequest createRequest(PhoneCallRedirectRequest request) {
        Objects.requireNonNull(request, "request");
        return ApiRequest.builder(HttpMethod.POST, "/phone_call_redirects").jsonBody(request.toJson()).build();
    }

    @Override
    public String toString() {
        return "PhoneCallRedirectsClient{" + transport.config().baseUrl() + "}";
    }
}
