/**
 * Switchboard's foundation: exceptions, client configuration, retries, rate limits, JSON models and pagination.
 * {@code dev.switchboard.core.spi}, what the API modules are built on, is exported to Switchboard's modules only;
 * {@code dev.switchboard.core.internal} to none.
 */
module dev.switchboard.core {
    requires transitive com.fasterxml.jackson.databind;
    requires transitive okhttp3;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.slf4j;

    exports dev.switchboard.core;
    exports dev.switchboard.core.auth;
    exports dev.switchboard.core.http;
    exports dev.switchboard.core.json;
    exports dev.switchboard.core.paging;
    exports dev.switchboard.core.ratelimit;
    exports dev.switchboard.core.retry;
    exports dev.switchboard.core.spi to
            dev.switchboard.conversations,
            dev.switchboard.tickets,
            dev.switchboard.notifications,
            dev.switchboard.webhooks;

    opens dev.switchboard.core.json to com.fasterxml.jackson.databind;
    opens dev.switchboard.core.spi to com.fasterxml.jackson.databind;
}
