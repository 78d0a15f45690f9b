/**
 * Intercom tickets, jobs, ticket types and states, and {@link dev.switchboard.intercom.Intercom}, the root of every
 * Intercom resource.
 */
module dev.switchboard.tickets {
    requires transitive dev.switchboard.conversations;

    exports dev.switchboard.intercom;
    exports dev.switchboard.tickets;

    opens dev.switchboard.tickets to com.fasterxml.jackson.databind;
}
