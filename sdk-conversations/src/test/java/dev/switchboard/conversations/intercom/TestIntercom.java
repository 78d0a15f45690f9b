package dev.switchboard.conversations.intercom;

import dev.switchboard.conversations.intercom.admins.AdminsClient;
import dev.switchboard.conversations.intercom.fin.FinAgentClient;
import dev.switchboard.conversations.intercom.knowledge.InternalArticlesClient;
import dev.switchboard.conversations.intercom.knowledge.NewsItemsClient;
import dev.switchboard.conversations.intercom.reporting.ReportingDataExportClient;

/**
 * This module's resource clients on one connection, as the {@code Intercom} root of sdk-tickets holds them (the root
 * lives above this module, so this module's tests wire the clients the same way themselves).
 */
public final class TestIntercom implements AutoCloseable {
    private final IntercomConnection connection;

    private TestIntercom(IntercomConnection connection) {
        this.connection = connection;
    }

    /** @return a builder of the clients */
    public static IntercomBuilder<TestIntercom> builder() {
        return new IntercomBuilder<>(TestIntercom::new);
    }

    public static TestIntercom of(IntercomConnection connection) {
        return new TestIntercom(connection);
    }

    public IntercomConnection connection() {
        return connection;
    }

    public CallsClient calls() {
        return new CallsClient(connection);
    }

    public ConversationsClient conversations() {
        return new ConversationsClient(connection);
    }

    public MessagesClient messages() {
        return new MessagesClient(connection);
    }

    public AdminsClient admins() {
        return new AdminsClient(connection);
    }

    public InternalArticlesClient internalArticles() {
        return new InternalArticlesClient(connection);
    }

    public NewsItemsClient newsItems() {
        return new NewsItemsClient(connection);
    }

    public ReportingDataExportClient reportingDataExport() {
        return new ReportingDataExportClient(connection);
    }

    public FinAgentClient fin() {
        return new FinAgentClient(connection);
    }

    @Override
    public void close() {
        connection.close();
    }
}
