/**
 * Verified, typed webhooks: LiveChat, Intercom and Fin. {@code dev.switchboard.webhooks.internal} is exported to
 * no module.
 */
module dev.switchboard.webhooks {
    requires transitive dev.switchboard.tickets;
    requires org.slf4j;

    exports dev.switchboard.webhooks;
    exports dev.switchboard.webhooks.intercom;
    exports dev.switchboard.webhooks.livechat;

    opens dev.switchboard.webhooks.intercom to com.fasterxml.jackson.databind;
    opens dev.switchboard.webhooks.livechat to com.fasterxml.jackson.databind;
}
