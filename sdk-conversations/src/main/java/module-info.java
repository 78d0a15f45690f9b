/**
 * Intercom's conversations side (conversations, calls, messages, admins, knowledge, reporting, Fin) and the
 * Moveworks Data API.
 */
module dev.switchboard.conversations {
    requires transitive dev.switchboard.core;
    requires okhttp3.sse;
    requires org.slf4j;

    exports dev.switchboard.conversations.intercom;
    exports dev.switchboard.conversations.intercom.admins;
    exports dev.switchboard.conversations.intercom.fin;
    exports dev.switchboard.conversations.intercom.knowledge;
    exports dev.switchboard.conversations.intercom.reporting;
    exports dev.switchboard.conversations.intercom.customobjects;
    exports dev.switchboard.conversations.intercom.data;
    exports dev.switchboard.conversations.intercom.dataexport;
    exports dev.switchboard.conversations.intercom.phone;
    exports dev.switchboard.conversations.intercom.security;
    exports dev.switchboard.conversations.intercom.subscriptions;
    exports dev.switchboard.conversations.intercom.visitors;
    exports dev.switchboard.conversations.moveworks;

    opens dev.switchboard.conversations.intercom to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.admins to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.fin to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.knowledge to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.reporting to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.customobjects to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.data to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.dataexport to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.phone to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.security to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.subscriptions to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.visitors to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.moveworks to com.fasterxml.jackson.databind;
}
