package dev.switchboard.conversations.intercom.contacts;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A contact ({@code contact}): a user or a lead of the workspace, as get, create, update, merge, list, search and find
 * by external id answer it. Every timestamp is an {@link Instant} read from Unix seconds (or ISO-8601 text), never a
 * 32-bit number; custom attributes keep their JSON types; the tags, notes, companies and subscription types it embeds
 * are the first few of each ({@link AddressableList}), with the path of the full list.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 * Every accessor reads {@code null} for a field that is absent or {@code null} ({@code json().containsKey(name)}
 * tells the two apart), and throws {@link dev.switchboard.core.DecodeException}, naming the field's path, when the
 * field holds another JSON type than it declares (a string, an {@code Instant}, a boolean, an object or an array);
 * the other fields still read.
 */
public final class Contact extends JsonModel {

    /** @param json the object as sent */
    public Contact(JsonObject json) {
        super(json);
    }

    /** @return {@code contact}, or {@code null} */
    public String type() {
        return string("type");
    }

    /** @return Intercom's id of the contact (a number is read as its digits), the one paths take, or {@code null} */
    public String id() {
        return id("id");
    }

    /** @return {@link ContactRole#USER} or {@link ContactRole#LEAD} (open: other values are kept), or {@code null} */
    public ContactRole role() {
        return openEnum("role", ContactRole::of);
    }

    /**
     * @return the id of the admin who owns the contact (the schema says integer; read as its digits, a string is read
     *     too), or {@code null}
     */
    public String ownerId() {
        return id("owner_id");
    }

    /**
     * @return its custom attributes with their JSON types ({@code Boolean}, numbers as sent, strings, {@code null}, and
     *     objects such as a custom object's {@code {"type": "Order.list", "instances": [...]}}), or {@code null}
     */
    public Map<String, Object> customAttributes() {
        return rawObject("custom_attributes");
    }

    /** @return its avatar ({@code null} for a contact without one) */
    public ContactAvatar avatar() {
        return object("avatar", ContactAvatar::new);
    }

    /** @return where it is, or {@code null} */
    public ContactLocation location() {
        return object("location", ContactLocation::new);
    }

    /**
     * @return its social profiles ({@code social_profiles.data}); empty when {@code social_profiles} or its
     *     {@code data} is absent or {@code null}
     */
    public List<SocialProfile> socialProfiles() {
        SocialProfiles p = object("social_profiles", SocialProfiles::new);
        return p == null ? List.of() : p.data();
    }

    /** @return the first of its tags, their total and the path of them all, or {@code null} */
    public AddressableList tags() {
        return object("tags", AddressableList::new);
    }

    /** @return the first of its notes, their total and the path of them all, or {@code null} */
    public AddressableList notes() {
        return object("notes", AddressableList::new);
    }

    /** @return the first of its companies ({@code company_data} entries), their total and the path, or {@code null} */
    public AddressableList companies() {
        return object("companies", AddressableList::new);
    }

    /** @return the opt-out subscription types it opted out of (in the spec's examples only), or {@code null} */
    public AddressableList optedOutSubscriptionTypes() {
        return object("opted_out_subscription_types", AddressableList::new);
    }

    /** @return the opt-in subscription types it opted in to (in the spec's examples only), or {@code null} */
    public AddressableList optedInSubscriptionTypes() {
        return object("opted_in_subscription_types", AddressableList::new);
    }

    /** @return the id you gave the contact in your system (users), or {@code null} */
    public String externalId() {
        return string("external_id");
    }

    /** @return the id of the workspace it belongs to, or {@code null} */
    public String workspaceId() {
        return string("workspace_id");
    }

    /** @return its email, or {@code null} */
    public String email() {
        return string("email");
    }

    /** @return the domain of its email, for example {@code example.com}, or {@code null} */
    public String emailDomain() {
        return string("email_domain");
    }

    /** @return its phone number, or {@code null} */
    public String phone() {
        return string("phone");
    }

    /** @return its name, or {@code null} */
    public String name() {
        return string("name");
    }

    /** @return the language the Messenger speaks to it, whatever its browser says ({@code en}), or {@code null} */
    public String languageOverride() {
        return string("language_override");
    }

    /** @return the browser it uses, for example {@code Chrome}, or {@code null} */
    public String browser() {
        return string("browser");
    }

    /** @return that browser's version, or {@code null} */
    public String browserVersion() {
        return string("browser_version");
    }

    /** @return that browser's language, for example {@code en-US}, or {@code null} */
    public String browserLanguage() {
        return string("browser_language");
    }

    /** @return its operating system, for example {@code Mac OS X}, or {@code null} */
    public String os() {
        return string("os");
    }

    /** @return the name of the Android app it uses, or {@code null} */
    public String androidAppName() {
        return string("android_app_name");
    }

    /** @return that app's version, or {@code null} */
    public String androidAppVersion() {
        return string("android_app_version");
    }

    /** @return its Android device, for example {@code Pixel 3}, or {@code null} */
    public String androidDevice() {
        return string("android_device");
    }

    /** @return its Android version, or {@code null} */
    public String androidOsVersion() {
        return string("android_os_version");
    }

    /** @return the Intercom Android SDK version of that app, or {@code null} */
    public String androidSdkVersion() {
        return string("android_sdk_version");
    }

    /** @return the name of the iOS app it uses, or {@code null} */
    public String iosAppName() {
        return string("ios_app_name");
    }

    /** @return that app's version, or {@code null} */
    public String iosAppVersion() {
        return string("ios_app_version");
    }

    /** @return its iOS device, for example {@code iPhone 11}, or {@code null} */
    public String iosDevice() {
        return string("ios_device");
    }

    /** @return its iOS version, or {@code null} */
    public String iosOsVersion() {
        return string("ios_os_version");
    }

    /** @return the Intercom iOS SDK version of that app, or {@code null} */
    public String iosSdkVersion() {
        return string("ios_sdk_version");
    }

    /** @return the {@code utm_campaign} it arrived with (in the spec's examples, not its schema), or {@code null} */
    public String utmCampaign() {
        return string("utm_campaign");
    }

    /** @return the {@code utm_content} it arrived with, or {@code null} */
    public String utmContent() {
        return string("utm_content");
    }

    /** @return the {@code utm_medium} it arrived with, or {@code null} */
    public String utmMedium() {
        return string("utm_medium");
    }

    /** @return the {@code utm_source} it arrived with, or {@code null} */
    public String utmSource() {
        return string("utm_source");
    }

    /** @return the {@code utm_term} it arrived with, or {@code null} */
    public String utmTerm() {
        return string("utm_term");
    }

    /** @return the page it came from (in the spec's examples, not its schema), or {@code null} */
    public String referrer() {
        return string("referrer");
    }

    /** @return when it was created, or {@code null} */
    public Instant createdAt() {
        return instant("created_at");
    }

    /** @return when it last changed, or {@code null} */
    public Instant updatedAt() {
        return instant("updated_at");
    }

    /** @return when you say it signed up, or {@code null} */
    public Instant signedUpAt() {
        return instant("signed_up_at");
    }

    /** @return when it was last seen (in the Messenger, or as you set it), or {@code null} */
    public Instant lastSeenAt() {
        return instant("last_seen_at");
    }

    /** @return when it last messaged in, or {@code null} */
    public Instant lastRepliedAt() {
        return instant("last_replied_at");
    }

    /** @return when it was last messaged, or {@code null} */
    public Instant lastContactedAt() {
        return instant("last_contacted_at");
    }

    /** @return when it last opened an email, or {@code null} */
    public Instant lastEmailOpenedAt() {
        return instant("last_email_opened_at");
    }

    /** @return when it last clicked a link in an email, or {@code null} */
    public Instant lastEmailClickedAt() {
        return instant("last_email_clicked_at");
    }

    /** @return when it was last seen on an Android device, or {@code null} */
    public Instant androidLastSeenAt() {
        return instant("android_last_seen_at");
    }

    /** @return when it last used the iOS app, or {@code null} */
    public Instant iosLastSeenAt() {
        return instant("ios_last_seen_at");
    }

    /** @return whether an email to it hard-bounced, or {@code null} */
    public Boolean hasHardBounced() {
        return bool("has_hard_bounced");
    }

    /** @return whether it marked an email as spam, or {@code null} */
    public Boolean markedEmailAsSpam() {
        return bool("marked_email_as_spam");
    }

    /** @return whether it unsubscribed from emails, or {@code null} */
    public Boolean unsubscribedFromEmails() {
        return bool("unsubscribed_from_emails");
    }

    /** @return whether it enabled push messaging (answered by get, create, update and merge), or {@code null} */
    public Boolean enabledPushMessaging() {
        return bool("enabled_push_messaging");
    }

    /** {@code contact_social_profiles}: the profiles under {@code data}; only {@link #socialProfiles()} reads it. */
    private static final class SocialProfiles extends JsonModel {
        SocialProfiles(JsonObject json) {
            super(json);
        }

        List<SocialProfile> data() {
            return listOrEmpty("data", SocialProfile::new);
        }
    }
}
