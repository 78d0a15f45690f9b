/**
 * Suger notification events and messages, and AlooChat team notifications.
 */
module dev.switchboard.notifications {
    requires transitive dev.switchboard.core;

    exports dev.switchboard.notifications.aloochat;
    exports dev.switchboard.notifications.suger;

    opens dev.switchboard.notifications.aloochat to com.fasterxml.jackson.databind;
    opens dev.switchboard.notifications.suger to com.fasterxml.jackson.databind;
}
