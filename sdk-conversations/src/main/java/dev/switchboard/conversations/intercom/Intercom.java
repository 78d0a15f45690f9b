package dev.switchboard.conversations.intercom;

import java.util.Objects;

/**
 * The entry point to Intercom's calls, conversations and messages, all on one {@link IntercomConnection}.
 * Immutable and thread-safe; closing it closes the connection.
 *
 * <pre>{@code
 * try (Intercom intercom = Intercom.of(IntercomConnection.builder()
 *         .accessToken(System.getenv("INTERCOM_TOKEN"))
 *         .region(IntercomRegion.EU)
 *         .build())) {
 *     Call call = intercom.calls().get("123");
 *     Conversation c = intercom.conversations().get(call.conversationId());
 * }
 * }</pre>
 *
 * <p>The per-resource clients can also be made from a connection directly ({@code new IntercomCalls(connection)}),
 * which is how other modules (tickets) share the same connection.
 */
public final class Intercom implements AutoCloseable {
    private final IntercomConnection connection;
    private final IntercomCalls calls;
    private final IntercomConversations conversations;
    private final IntercomMessages messages;

    private Intercom(IntercomConnection connection) {
        this.connection = connection;
        this.calls = new IntercomCalls(connection);
        this.conversations = new IntercomConversations(connection);
        this.messages = new IntercomMessages(connection);
    }

    /**
     * @param connection the connection; {@link #close()} closes it
     * @return the clients on that connection
     */
    public static Intercom of(IntercomConnection connection) {
        return new Intercom(Objects.requireNonNull(connection, "connection"));
    }

    /** @return the connection, for its {@link IntercomConnection#rateLimit()} or to build other clients */
    public IntercomConnection connection() {
        return connection;
    }

    /** @return calls: list, get, recording URL, transcript, search by conversation */
    public IntercomCalls calls() {
        return calls;
    }

    /** @return conversations: get, update, reply, list, search */
    public IntercomConversations conversations() {
        return conversations;
    }

    /** @return outbound messages */
    public IntercomMessages messages() {
        return messages;
    }

    /** Closes the connection. */
    @Override
    public void close() {
        connection.close();
    }

    @Override
    public String toString() {
        return "Intercom{" + connection + "}";
    }
}
