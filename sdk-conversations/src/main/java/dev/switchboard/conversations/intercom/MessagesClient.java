package dev.switchboard.conversations.intercom;

import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom's outbound messages: an admin writes to contacts in-app or by email ({@code POST /messages}). Immutable
 * and thread-safe; it shares the {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * Message sent = new MessagesClient(connection).create(CreateMessage.inApp(394051L)
 *         .body("Welcome aboard!")
 *         .to(Recipient.user("536e564f316c83104c000020"))
 *         .build());
 * }</pre>
 */
public final class MessagesClient implements ResourceClient<MessagesClient> {
    private final Transport transport;

    /** @param connection the connection to send through */
    public MessagesClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private MessagesClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public MessagesClient withOptions(RequestOptions options) {
        return new MessagesClient(transport.withOptions(options));
    }

    /**
     * @param message the message, checked when it was built
     * @return the created message
     * @throws dev.switchboard.core.ValidationException if Intercom rejects it (400 or 422, with its error details)
     * @throws dev.switchboard.core.NotFoundException if a recipient does not exist (yet)
     */
    public Message create(CreateMessage message) {
        Objects.requireNonNull(message, "message");
        ApiRequest r = ApiRequest.builder(HttpMethod.POST, "/messages").jsonBody(message.toJson()).build();
        return transport.execute(r, Message.class);
    }

    /**
     * As {@link #create(CreateMessage)}, without blocking a thread.
     *
     * @param message the message, checked when it was built
     * @return completes with what {@link #create(CreateMessage)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Message> createAsync(CreateMessage message) {
        return Futures.start(() -> {
            Objects.requireNonNull(message, "message");
            ApiRequest r = ApiRequest.builder(HttpMethod.POST, "/messages").jsonBody(message.toJson()).build();
            return transport.executeAsync(r, Message.class);
        });
    }

    @Override
    public String toString() {
        return "MessagesClient{" + transport.config().baseUrl() + "}";
    }
}
