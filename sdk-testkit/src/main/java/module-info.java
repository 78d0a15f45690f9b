/**
 * Fakes of every API Switchboard speaks, for tests: in-process servers, fault injection, a manual clock.
 */
module dev.switchboard.testkit {
    requires transitive com.fasterxml.jackson.databind;
    requires transitive mockwebserver3;
    requires transitive okhttp3;
    requires transitive java.net.http;

    exports dev.switchboard.testkit;
    exports dev.switchboard.testkit.aloochat;
    exports dev.switchboard.testkit.intercom;
    exports dev.switchboard.testkit.moveworks;
    exports dev.switchboard.testkit.suger;
    exports dev.switchboard.testkit.webhooks;
}
