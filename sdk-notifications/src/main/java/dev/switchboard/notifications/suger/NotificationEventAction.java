package dev.switchboard.notifications.suger;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * What happened to the entity of a {@link NotificationEvent}, and what a {@link NotificationMessageInfo} is about.
 *
 * <p>An open enum: the constants are the union of every published spec: v3.14.0's 44 values plus {@link
 * #MARKETPLACE_CONTACT_EMAIL_UPDATE}, which the May 2025 spec had and v3.14.0 removed (older events still carry it).
 * The server adds and removes values between releases. Any other value the server sends decodes to an instance
 * that keeps the raw string ({@link #isKnown()} is {@code false}) and is written back unchanged; {@code ""} is
 * the constant {@link #EMPTY}. Decoding never fails on a value this SDK version does not know.
 */
public final class NotificationEventAction extends OpenEnum {
    private static final OpenEnumValues<NotificationEventAction> VALUES =
            new OpenEnumValues<>(NotificationEventAction::new);

    /** {@code ""}: the server's zero value, meaning unset or unknown. */
    public static final NotificationEventAction EMPTY = VALUES.known("");
    /** {@code ABNORMAL_ALERT}. */
    public static final NotificationEventAction ABNORMAL_ALERT = VALUES.known("ABNORMAL_ALERT");
    /** {@code ACCEPT}. */
    public static final NotificationEventAction ACCEPT = VALUES.known("ACCEPT");
    /** {@code ADD}: add a user to the organization. */
    public static final NotificationEventAction ADD = VALUES.known("ADD");
    /** {@code APPROVE}. */
    public static final NotificationEventAction APPROVE = VALUES.known("APPROVE");
    /** {@code CANCEL}. */
    public static final NotificationEventAction CANCEL = VALUES.known("CANCEL");
    /** {@code CLOSE}. */
    public static final NotificationEventAction CLOSE = VALUES.known("CLOSE");
    /** {@code CREATE}. */
    public static final NotificationEventAction CREATE = VALUES.known("CREATE");
    /** {@code DELETE}. */
    public static final NotificationEventAction DELETE = VALUES.known("DELETE");
    /** {@code ARCHIVE}. */
    public static final NotificationEventAction ARCHIVE = VALUES.known("ARCHIVE");
    /** {@code VOID}. */
    public static final NotificationEventAction VOID = VALUES.known("VOID");
    /** {@code DISBURSE}. */
    public static final NotificationEventAction DISBURSE = VALUES.known("DISBURSE");
    /** {@code END_SOON}. */
    public static final NotificationEventAction END_SOON = VALUES.known("END_SOON");
    /** {@code EXPIRE}. */
    public static final NotificationEventAction EXPIRE = VALUES.known("EXPIRE");
    /** {@code EXPIRE_SOON}. */
    public static final NotificationEventAction EXPIRE_SOON = VALUES.known("EXPIRE_SOON");
    /** {@code MERGE}. */
    public static final NotificationEventAction MERGE = VALUES.known("MERGE");
    /** {@code METER}. */
    public static final NotificationEventAction METER = VALUES.known("METER");
    /** {@code NEW_CLIENT_SIGNUP}. */
    public static final NotificationEventAction NEW_CLIENT_SIGNUP = VALUES.known("NEW_CLIENT_SIGNUP");
    /** {@code NOTIFY}. */
    public static final NotificationEventAction NOTIFY = VALUES.known("NOTIFY");
    /** {@code NOTIFY_CONTACTS}. */
    public static final NotificationEventAction NOTIFY_CONTACTS = VALUES.known("NOTIFY_CONTACTS");
    /** {@code OPEN_EMAIL}. */
    public static final NotificationEventAction OPEN_EMAIL = VALUES.known("OPEN_EMAIL");
    /** {@code PENDING_CANCEL}. */
    public static final NotificationEventAction PENDING_CANCEL = VALUES.known("PENDING_CANCEL");
    /** {@code PENDING_ACCEPTANCE}. */
    public static final NotificationEventAction PENDING_ACCEPTANCE = VALUES.known("PENDING_ACCEPTANCE");
    /** {@code REINSTATE}. */
    public static final NotificationEventAction REINSTATE = VALUES.known("REINSTATE");
    /** {@code REJECT}. */
    public static final NotificationEventAction REJECT = VALUES.known("REJECT");
    /** {@code REOPEN}. */
    public static final NotificationEventAction REOPEN = VALUES.known("REOPEN");
    /** {@code CHARGE}. */
    public static final NotificationEventAction CHARGE = VALUES.known("CHARGE");
    /** {@code REFUND}. */
    public static final NotificationEventAction REFUND = VALUES.known("REFUND");
    /** {@code ISSUE}. */
    public static final NotificationEventAction ISSUE = VALUES.known("ISSUE");
    /** {@code SIGN}. */
    public static final NotificationEventAction SIGN = VALUES.known("SIGN");
    /** {@code PENDING_PARTNER_ACTION}. */
    public static final NotificationEventAction PENDING_PARTNER_ACTION = VALUES.known("PENDING_PARTNER_ACTION");
    /** {@code ROTATE_SECRET}. */
    public static final NotificationEventAction ROTATE_SECRET = VALUES.known("ROTATE_SECRET");
    /** {@code SUSPEND}. */
    public static final NotificationEventAction SUSPEND = VALUES.known("SUSPEND");
    /** {@code TEST}. */
    public static final NotificationEventAction TEST = VALUES.known("TEST");
    /** {@code UPDATE}. */
    public static final NotificationEventAction UPDATE = VALUES.known("UPDATE");
    /** {@code ACE_ENGAGEMENT_SCORE_UPDATE}. */
    public static final NotificationEventAction ACE_ENGAGEMENT_SCORE_UPDATE =
            VALUES.known("ACE_ENGAGEMENT_SCORE_UPDATE");
    /** {@code ACE_SALES_REP_UPDATE}. */
    public static final NotificationEventAction ACE_SALES_REP_UPDATE = VALUES.known("ACE_SALES_REP_UPDATE");
    /** {@code ACE_CUSTOMER_EMAIL_UPDATE}. */
    public static final NotificationEventAction ACE_CUSTOMER_EMAIL_UPDATE = VALUES.known("ACE_CUSTOMER_EMAIL_UPDATE");
    /** {@code AZURE_STATUS_UPDATE}. */
    public static final NotificationEventAction AZURE_STATUS_UPDATE = VALUES.known("AZURE_STATUS_UPDATE");
    /** {@code SUBMIT_APPROVAL_REQUEST}. */
    public static final NotificationEventAction SUBMIT_APPROVAL_REQUEST = VALUES.known("SUBMIT_APPROVAL_REQUEST");
    /** {@code REVIEW_APPROVAL_REQUEST}. */
    public static final NotificationEventAction REVIEW_APPROVAL_REQUEST = VALUES.known("REVIEW_APPROVAL_REQUEST");
    /** {@code COMPLETE}. */
    public static final NotificationEventAction COMPLETE = VALUES.known("COMPLETE");
    /** {@code FAIL}. */
    public static final NotificationEventAction FAIL = VALUES.known("FAIL");
    /** {@code WEBHOOK}. */
    public static final NotificationEventAction WEBHOOK = VALUES.known("WEBHOOK");
    /**
     * {@code MARKETPLACE_CONTACT_EMAIL_UPDATE}: in the May 2025 spec only; removed in v3.14.0, kept so older events
     * still decode to a constant.
     */
    public static final NotificationEventAction MARKETPLACE_CONTACT_EMAIL_UPDATE =
            VALUES.known("MARKETPLACE_CONTACT_EMAIL_UPDATE");

    private NotificationEventAction(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value, exactly as the API spells it
     * @return the constant for it, or an unknown instance that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static NotificationEventAction of(String value) {
        return VALUES.of(value);
    }

    /** @return the declared constants, {@link #EMPTY} first */
    public static List<NotificationEventAction> values() {
        return VALUES.values();
    }
}
