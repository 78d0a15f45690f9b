package dev.switchboard.conversations.intercom.admins;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * The kind of an {@link ActivityLog}: the 105 values of the 2.14 spec. 2.14 replaced
 * {@code admin_assignment_limit_change} with {@link #ADMIN_CONVERSATION_ASSIGNMENT_LIMIT_CHANGE} and
 * {@link #ADMIN_TICKET_ASSIGNMENT_LIMIT_CHANGE}; an older or newer value (including the removed one, when a request
 * pins {@code Intercom-Version: 2.13}) is kept as sent, with {@link #isKnown()} false.
 */
public final class ActivityType extends OpenEnum {
    private static final OpenEnumValues<ActivityType> VALUES = new OpenEnumValues<>(ActivityType::new);
    /** {@code admin_conversation_assignment_limit_change} */
    public static final ActivityType ADMIN_CONVERSATION_ASSIGNMENT_LIMIT_CHANGE = VALUES.known("admin_conversation_assignment_limit_change");
    /** {@code admin_ticket_assignment_limit_change} */
    public static final ActivityType ADMIN_TICKET_ASSIGNMENT_LIMIT_CHANGE = VALUES.known("admin_ticket_assignment_limit_change");
    /** {@code admin_avatar_change} */
    public static final ActivityType ADMIN_AVATAR_CHANGE = VALUES.known("admin_avatar_change");
    /** {@code admin_away_mode_change} */
    public static final ActivityType ADMIN_AWAY_MODE_CHANGE = VALUES.known("admin_away_mode_change");
    /** {@code admin_deletion} */
    public static final ActivityType ADMIN_DELETION = VALUES.known("admin_deletion");
    /** {@code admin_deprovisioned} */
    public static final ActivityType ADMIN_DEPROVISIONED = VALUES.known("admin_deprovisioned");
    /** {@code admin_impersonation_end} */
    public static final ActivityType ADMIN_IMPERSONATION_END = VALUES.known("admin_impersonation_end");
    /** {@code admin_impersonation_start} */
    public static final ActivityType ADMIN_IMPERSONATION_START = VALUES.known("admin_impersonation_start");
    /** {@code admin_impersonation_consent_approved} */
    public static final ActivityType ADMIN_IMPERSONATION_CONSENT_APPROVED = VALUES.known("admin_impersonation_consent_approved");
    /** {@code admin_impersonation_consent_revoked} */
    public static final ActivityType ADMIN_IMPERSONATION_CONSENT_REVOKED = VALUES.known("admin_impersonation_consent_revoked");
    /** {@code admin_invite_change} */
    public static final ActivityType ADMIN_INVITE_CHANGE = VALUES.known("admin_invite_change");
    /** {@code admin_invite_creation} */
    public static final ActivityType ADMIN_INVITE_CREATION = VALUES.known("admin_invite_creation");
    /** {@code admin_invite_deletion} */
    public static final ActivityType ADMIN_INVITE_DELETION = VALUES.known("admin_invite_deletion");
    /** {@code admin_login_failure} */
    public static final ActivityType ADMIN_LOGIN_FAILURE = VALUES.known("admin_login_failure");
    /** {@code admin_login_success} */
    public static final ActivityType ADMIN_LOGIN_SUCCESS = VALUES.known("admin_login_success");
    /** {@code admin_logout} */
    public static final ActivityType ADMIN_LOGOUT = VALUES.known("admin_logout");
    /** {@code admin_occupancy_setting_change} */
    public static final ActivityType ADMIN_OCCUPANCY_SETTING_CHANGE = VALUES.known("admin_occupancy_setting_change");
    /** {@code admin_occupancy_state_change} */
    public static final ActivityType ADMIN_OCCUPANCY_STATE_CHANGE = VALUES.known("admin_occupancy_state_change");
    /** {@code admin_password_reset_request} */
    public static final ActivityType ADMIN_PASSWORD_RESET_REQUEST = VALUES.known("admin_password_reset_request");
    /** {@code admin_password_reset_success} */
    public static final ActivityType ADMIN_PASSWORD_RESET_SUCCESS = VALUES.known("admin_password_reset_success");
    /** {@code admin_permission_change} */
    public static final ActivityType ADMIN_PERMISSION_CHANGE = VALUES.known("admin_permission_change");
    /** {@code admin_provisioned} */
    public static final ActivityType ADMIN_PROVISIONED = VALUES.known("admin_provisioned");
    /** {@code admin_two_factor_auth_change} */
    public static final ActivityType ADMIN_TWO_FACTOR_AUTH_CHANGE = VALUES.known("admin_two_factor_auth_change");
    /** {@code admin_unauthorized_sign_in_method} */
    public static final ActivityType ADMIN_UNAUTHORIZED_SIGN_IN_METHOD = VALUES.known("admin_unauthorized_sign_in_method");
    /** {@code app_admin_join} */
    public static final ActivityType APP_ADMIN_JOIN = VALUES.known("app_admin_join");
    /** {@code app_authentication_method_change} */
    public static final ActivityType APP_AUTHENTICATION_METHOD_CHANGE = VALUES.known("app_authentication_method_change");
    /** {@code app_data_deletion} */
    public static final ActivityType APP_DATA_DELETION = VALUES.known("app_data_deletion");
    /** {@code app_data_export} */
    public static final ActivityType APP_DATA_EXPORT = VALUES.known("app_data_export");
    /** {@code app_google_sso_domain_change} */
    public static final ActivityType APP_GOOGLE_SSO_DOMAIN_CHANGE = VALUES.known("app_google_sso_domain_change");
    /** {@code app_identity_verification_change} */
    public static final ActivityType APP_IDENTITY_VERIFICATION_CHANGE = VALUES.known("app_identity_verification_change");
    /** {@code app_name_change} */
    public static final ActivityType APP_NAME_CHANGE = VALUES.known("app_name_change");
    /** {@code app_outbound_address_change} */
    public static final ActivityType APP_OUTBOUND_ADDRESS_CHANGE = VALUES.known("app_outbound_address_change");
    /** {@code app_package_installation} */
    public static final ActivityType APP_PACKAGE_INSTALLATION = VALUES.known("app_package_installation");
    /** {@code app_package_token_regeneration} */
    public static final ActivityType APP_PACKAGE_TOKEN_REGENERATION = VALUES.known("app_package_token_regeneration");
    /** {@code app_package_uninstallation} */
    public static final ActivityType APP_PACKAGE_UNINSTALLATION = VALUES.known("app_package_uninstallation");
    /** {@code app_team_creation} */
    public static final ActivityType APP_TEAM_CREATION = VALUES.known("app_team_creation");
    /** {@code app_team_deletion} */
    public static final ActivityType APP_TEAM_DELETION = VALUES.known("app_team_deletion");
    /** {@code app_team_membership_modification} */
    public static final ActivityType APP_TEAM_MEMBERSHIP_MODIFICATION = VALUES.known("app_team_membership_modification");
    /** {@code app_timezone_change} */
    public static final ActivityType APP_TIMEZONE_CHANGE = VALUES.known("app_timezone_change");
    /** {@code app_webhook_creation} */
    public static final ActivityType APP_WEBHOOK_CREATION = VALUES.known("app_webhook_creation");
    /** {@code app_webhook_deletion} */
    public static final ActivityType APP_WEBHOOK_DELETION = VALUES.known("app_webhook_deletion");
    /** {@code articles_in_messenger_enabled_change} */
    public static final ActivityType ARTICLES_IN_MESSENGER_ENABLED_CHANGE = VALUES.known("articles_in_messenger_enabled_change");
    /** {@code automatic_away_mode_setting_change} */
    public static final ActivityType AUTOMATIC_AWAY_MODE_SETTING_CHANGE = VALUES.known("automatic_away_mode_setting_change");
    /** {@code bulk_delete} */
    public static final ActivityType BULK_DELETE = VALUES.known("bulk_delete");
    /** {@code bulk_export} */
    public static final ActivityType BULK_EXPORT = VALUES.known("bulk_export");
    /** {@code campaign_deletion} */
    public static final ActivityType CAMPAIGN_DELETION = VALUES.known("campaign_deletion");
    /** {@code campaign_state_change} */
    public static final ActivityType CAMPAIGN_STATE_CHANGE = VALUES.known("campaign_state_change");
    /** {@code conversation_part_deletion} */
    public static final ActivityType CONVERSATION_PART_DELETION = VALUES.known("conversation_part_deletion");
    /** {@code conversation_pdf_export} */
    public static final ActivityType CONVERSATION_PDF_EXPORT = VALUES.known("conversation_pdf_export");
    /** {@code conversation_topic_change} */
    public static final ActivityType CONVERSATION_TOPIC_CHANGE = VALUES.known("conversation_topic_change");
    /** {@code conversation_topic_creation} */
    public static final ActivityType CONVERSATION_TOPIC_CREATION = VALUES.known("conversation_topic_creation");
    /** {@code conversation_topic_deletion} */
    public static final ActivityType CONVERSATION_TOPIC_DELETION = VALUES.known("conversation_topic_deletion");
    /** {@code custom_authentication_token_creation} */
    public static final ActivityType CUSTOM_AUTHENTICATION_TOKEN_CREATION = VALUES.known("custom_authentication_token_creation");
    /** {@code customer_facing_name_change} */
    public static final ActivityType CUSTOMER_FACING_NAME_CHANGE = VALUES.known("customer_facing_name_change");
    /** {@code help_center_settings_change} */
    public static final ActivityType HELP_CENTER_SETTINGS_CHANGE = VALUES.known("help_center_settings_change");
    /** {@code inbound_conversations_change} */
    public static final ActivityType INBOUND_CONVERSATIONS_CHANGE = VALUES.known("inbound_conversations_change");
    /** {@code inbox_access_change} */
    public static final ActivityType INBOX_ACCESS_CHANGE = VALUES.known("inbox_access_change");
    /** {@code macro_creation} */
    public static final ActivityType MACRO_CREATION = VALUES.known("macro_creation");
    /** {@code macro_deletion} */
    public static final ActivityType MACRO_DELETION = VALUES.known("macro_deletion");
    /** {@code macro_update} */
    public static final ActivityType MACRO_UPDATE = VALUES.known("macro_update");
    /** {@code macro_usage_export} */
    public static final ActivityType MACRO_USAGE_EXPORT = VALUES.known("macro_usage_export");
    /** {@code malicious_domains_setting_change} */
    public static final ActivityType MALICIOUS_DOMAINS_SETTING_CHANGE = VALUES.known("malicious_domains_setting_change");
    /** {@code message_deletion} */
    public static final ActivityType MESSAGE_DELETION = VALUES.known("message_deletion");
    /** {@code message_state_change} */
    public static final ActivityType MESSAGE_STATE_CHANGE = VALUES.known("message_state_change");
    /** {@code messenger_api_secret_creation} */
    public static final ActivityType MESSENGER_API_SECRET_CREATION = VALUES.known("messenger_api_secret_creation");
    /** {@code messenger_api_secret_deletion} */
    public static final ActivityType MESSENGER_API_SECRET_DELETION = VALUES.known("messenger_api_secret_deletion");
    /** {@code messenger_look_and_feel_change} */
    public static final ActivityType MESSENGER_LOOK_AND_FEEL_CHANGE = VALUES.known("messenger_look_and_feel_change");
    /** {@code messenger_search_required_change} */
    public static final ActivityType MESSENGER_SEARCH_REQUIRED_CHANGE = VALUES.known("messenger_search_required_change");
    /** {@code messenger_spaces_change} */
    public static final ActivityType MESSENGER_SPACES_CHANGE = VALUES.known("messenger_spaces_change");
    /** {@code oauth_token_revocation} */
    public static final ActivityType OAUTH_TOKEN_REVOCATION = VALUES.known("oauth_token_revocation");
    /** {@code office_hours_change} */
    public static final ActivityType OFFICE_HOURS_CHANGE = VALUES.known("office_hours_change");
    /** {@code role_change} */
    public static final ActivityType ROLE_CHANGE = VALUES.known("role_change");
    /** {@code role_creation} */
    public static final ActivityType ROLE_CREATION = VALUES.known("role_creation");
    /** {@code role_deletion} */
    public static final ActivityType ROLE_DELETION = VALUES.known("role_deletion");
    /** {@code ruleset_activation_title_preview} */
    public static final ActivityType RULESET_ACTIVATION_TITLE_PREVIEW = VALUES.known("ruleset_activation_title_preview");
    /** {@code ruleset_creation} */
    public static final ActivityType RULESET_CREATION = VALUES.known("ruleset_creation");
    /** {@code ruleset_deletion} */
    public static final ActivityType RULESET_DELETION = VALUES.known("ruleset_deletion");
    /** {@code search_browse_enabled_change} */
    public static final ActivityType SEARCH_BROWSE_ENABLED_CHANGE = VALUES.known("search_browse_enabled_change");
    /** {@code search_browse_required_change} */
    public static final ActivityType SEARCH_BROWSE_REQUIRED_CHANGE = VALUES.known("search_browse_required_change");
    /** {@code seat_change} */
    public static final ActivityType SEAT_CHANGE = VALUES.known("seat_change");
    /** {@code seat_revoke} */
    public static final ActivityType SEAT_REVOKE = VALUES.known("seat_revoke");
    /** {@code security_settings_change} */
    public static final ActivityType SECURITY_SETTINGS_CHANGE = VALUES.known("security_settings_change");
    /** {@code series_creation} */
    public static final ActivityType SERIES_CREATION = VALUES.known("series_creation");
    /** {@code series_deletion} */
    public static final ActivityType SERIES_DELETION = VALUES.known("series_deletion");
    /** {@code series_settings_update} */
    public static final ActivityType SERIES_SETTINGS_UPDATE = VALUES.known("series_settings_update");
    /** {@code series_status_change} */
    public static final ActivityType SERIES_STATUS_CHANGE = VALUES.known("series_status_change");
    /** {@code series_update} */
    public static final ActivityType SERIES_UPDATE = VALUES.known("series_update");
    /** {@code strip_inbound_email_links_change} */
    public static final ActivityType STRIP_INBOUND_EMAIL_LINKS_CHANGE = VALUES.known("strip_inbound_email_links_change");
    /** {@code temporary_expectation_change} */
    public static final ActivityType TEMPORARY_EXPECTATION_CHANGE = VALUES.known("temporary_expectation_change");
    /** {@code team_assignment_limit_change} */
    public static final ActivityType TEAM_ASSIGNMENT_LIMIT_CHANGE = VALUES.known("team_assignment_limit_change");
    /** {@code trusted_domains_setting_change} */
    public static final ActivityType TRUSTED_DOMAINS_SETTING_CHANGE = VALUES.known("trusted_domains_setting_change");
    /** {@code unassign_unsnoozed_at_capacity_setting_change} */
    public static final ActivityType UNASSIGN_UNSNOOZED_AT_CAPACITY_SETTING_CHANGE = VALUES.known("unassign_unsnoozed_at_capacity_setting_change");
    /** {@code unassign_unsnoozed_when_away_setting_change} */
    public static final ActivityType UNASSIGN_UNSNOOZED_WHEN_AWAY_SETTING_CHANGE = VALUES.known("unassign_unsnoozed_when_away_setting_change");
    /** {@code upfront_email_collection_change} */
    public static final ActivityType UPFRONT_EMAIL_COLLECTION_CHANGE = VALUES.known("upfront_email_collection_change");
    /** {@code allowed_attachment_filetypes_setting_change} */
    public static final ActivityType ALLOWED_ATTACHMENT_FILETYPES_SETTING_CHANGE = VALUES.known("allowed_attachment_filetypes_setting_change");
    /** {@code attach_uploads_inline_setting_change} */
    public static final ActivityType ATTACH_UPLOADS_INLINE_SETTING_CHANGE = VALUES.known("attach_uploads_inline_setting_change");
    /** {@code teammate_gifs_setting_change} */
    public static final ActivityType TEAMMATE_GIFS_SETTING_CHANGE = VALUES.known("teammate_gifs_setting_change");
    /** {@code user_camera_attachments_setting_change} */
    public static final ActivityType USER_CAMERA_ATTACHMENTS_SETTING_CHANGE = VALUES.known("user_camera_attachments_setting_change");
    /** {@code user_conversation_attachments_setting_change} */
    public static final ActivityType USER_CONVERSATION_ATTACHMENTS_SETTING_CHANGE = VALUES.known("user_conversation_attachments_setting_change");
    /** {@code user_file_attachments_setting_change} */
    public static final ActivityType USER_FILE_ATTACHMENTS_SETTING_CHANGE = VALUES.known("user_file_attachments_setting_change");
    /** {@code user_gifs_setting_change} */
    public static final ActivityType USER_GIFS_SETTING_CHANGE = VALUES.known("user_gifs_setting_change");
    /** {@code user_media_attachments_setting_change} */
    public static final ActivityType USER_MEDIA_ATTACHMENTS_SETTING_CHANGE = VALUES.known("user_media_attachments_setting_change");
    /** {@code user_voice_notes_setting_change} */
    public static final ActivityType USER_VOICE_NOTES_SETTING_CHANGE = VALUES.known("user_voice_notes_setting_change");
    /** {@code welcome_message_change} */
    public static final ActivityType WELCOME_MESSAGE_CHANGE = VALUES.known("welcome_message_change");
    /** {@code workspace_deletion_request} */
    public static final ActivityType WORKSPACE_DELETION_REQUEST = VALUES.known("workspace_deletion_request");

    private ActivityType(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static ActivityType of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows */
    public static List<ActivityType> knownValues() {
        return VALUES.values();
    }
}
