/**
 * Intercom's conversations side (conversations, calls, messages, contacts, companies, admins, knowledge, help
 * center and articles, reporting, Fin and the rest of 2.14 outside tickets) and the
 * Moveworks Data API.
 */
module dev.switchboard.conversations {
    requires transitive dev.switchboard.core;
    requires okhttp3.sse;
    requires org.slf4j;

    exports dev.switchboard.conversations.intercom;
    exports dev.switchboard.conversations.intercom.admins;
    exports dev.switchboard.conversations.intercom.aicontent;
    exports dev.switchboard.conversations.intercom.articles;
    exports dev.switchboard.conversations.intercom.companies;
    exports dev.switchboard.conversations.intercom.contacts;
    exports dev.switchboard.conversations.intercom.customobjects;
    exports dev.switchboard.conversations.intercom.data;
    exports dev.switchboard.conversations.intercom.dataexport;
    exports dev.switchboard.conversations.intercom.fin;
    exports dev.switchboard.conversations.intercom.helpcenter;
    exports dev.switchboard.conversations.intercom.knowledge;
    exports dev.switchboard.conversations.intercom.notes;
    exports dev.switchboard.conversations.intercom.phone;
    exports dev.switchboard.conversations.intercom.reporting;
    exports dev.switchboard.conversations.intercom.security;
    exports dev.switchboard.conversations.intercom.segments;
    exports dev.switchboard.conversations.intercom.subscriptions;
    exports dev.switchboard.conversations.intercom.tags;
    exports dev.switchboard.conversations.intercom.teams;
    exports dev.switchboard.conversations.intercom.visitors;
    exports dev.switchboard.conversations.moveworks;

    opens dev.switchboard.conversations.intercom to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.admins to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.aicontent to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.articles to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.companies to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.contacts to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.customobjects to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.data to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.dataexport to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.fin to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.helpcenter to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.knowledge to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.notes to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.phone to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.reporting to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.security to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.segments to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.subscriptions to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.tags to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.teams to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.intercom.visitors to com.fasterxml.jackson.databind;
    opens dev.switchboard.conversations.moveworks to com.fasterxml.jackson.databind;
}
