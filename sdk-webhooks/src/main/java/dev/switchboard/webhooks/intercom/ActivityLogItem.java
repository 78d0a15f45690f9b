package dev.switchboard.webhooks.intercom;

import dev.switchboard.conversations.intercom.admins.ActivityLog;
import dev.switchboard.core.json.JsonObject;
import java.util.Objects;

/**
 * An admin's activity ({@code admin.activity_log_event.created}), as {@link ActivityLog} of sdk-conversations. The
 * item is the {@code activity_log} object of {@code GET /admins/activity_logs} with a {@code type} the schema does not
 * have: {@code admin_activity_log_event}, as captured deliveries carry it.
 *
 * @param activityLog the activity: a view over the item's JSON
 */
public record ActivityLogItem(ActivityLog activityLog) implements IntercomItem {

    /** Checks the component. */
    public ActivityLogItem {
        Objects.requireNonNull(activityLog, "activityLog");
    }

    @Override
    public String type() {
        return "admin_activity_log_event";
    }

    @Override
    public JsonObject raw() {
        return activityLog.json();
    }

    @Override
    public ActivityLog model() {
        return activityLog;
    }
}
