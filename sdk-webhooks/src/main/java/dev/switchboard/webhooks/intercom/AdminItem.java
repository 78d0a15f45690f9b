package dev.switchboard.webhooks.intercom;

import dev.switchboard.conversations.intercom.admins.Admin;
import dev.switchboard.core.json.JsonObject;
import java.util.Objects;

/**
 * An admin (teammate; {@code admin.*} topics such as {@code admin.away_mode_updated} or {@code admin.logged_in}), as
 * {@link Admin} of sdk-conversations. Intercom sends the admin's {@code id} as a number here; {@link Admin#id()} reads
 * it as its digits.
 *
 * @param admin the admin: a view over the item's JSON
 */
public record AdminItem(Admin admin) implements IntercomItem {

    /** Checks the component. */
    public AdminItem {
        Objects.requireNonNull(admin, "admin");
    }

    @Override
    public String type() {
        return "admin";
    }

    @Override
    public JsonObject raw() {
        return admin.json();
    }

    @Override
    public Admin model() {
        return admin;
    }
}
