package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;

/**
 * How {@link FakeIntercomAdmins} shows an admin: as {@code admin_with_app} for {@code GET /me} (its workspace,
 * {@code email_verified}, an avatar object), in {@code admin_list} (an avatar object only with
 * {@code display_avatar=true}) and as {@code admin} for {@code GET /admins/{admin_id}} (the schema's avatar URL
 * string). The two avatar forms are the spec's own.
 */
final class FakeAdminViews {
    static final String AVATAR = "https://static.intercomassets.com/assets/default-avatars/admins/128.png";

    private FakeAdminViews() {
    }

    static ObjectNode me(ObjectNode admin) {
        ObjectNode me = admin.deepCopy();
        me.put("email_verified", true);
        ObjectNode app = me.putObject("app");
        app.put("type", "app");
        app.put("id_code", FakeCompanyStore.APP_ID);
        app.put("name", "Switchboard sandbox");
        app.put("created_at", FakeIntercomAdmins.EPOCH - 365L * 86_400);
        app.put("secure", false);
        app.put("identity_verification", false);
        app.put("timezone", "Europe/Dublin");
        app.put("region", "EU");
        avatarObject(me);
        return me;
    }

    static ObjectNode list(Collection<ObjectNode> admins, String displayAvatar) {
        if (displayAvatar != null && !displayAvatar.equals("true") && !displayAvatar.equals("false")) {
            throw IntercomAccess.error(400, "parameter_invalid", "display_avatar must be a boolean");
        }
        ObjectNode out = FakeDirectoryData.F.objectNode();
        out.put("type", "admin.list");
        ArrayNode list = out.putArray("admins");
        for (ObjectNode a : admins) {
            ObjectNode copy = a.deepCopy();
            if ("true".equals(displayAvatar)) {
                avatarObject(copy);
            }
            list.add(copy);
        }
        return out;
    }

    static ObjectNode one(ObjectNode admin) {
        ObjectNode copy = admin.deepCopy();
        copy.put("avatar", AVATAR);
        return copy;
    }

    private static void avatarObject(ObjectNode admin) {
        ObjectNode avatar = admin.putObject("avatar");
        avatar.put("type", "avatar");
        avatar.put("image_url", AVATAR);
    }
}
