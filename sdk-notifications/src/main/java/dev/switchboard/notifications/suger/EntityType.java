package dev.switchboard.notifications.suger;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * The kind of Suger entity a {@link NotificationEvent} is about, or that created it ({@link LastModifiedBy}).
 *
 * <p>An open enum: the constants are the values of spec v3.14.0 ({@code SERVICE} and {@code ORGANIZATION_INFO} are
 * new there). Any other value the server sends decodes to an instance
 * that keeps the raw string ({@link #isKnown()} is {@code false}) and is written back unchanged; {@code ""} is
 * the constant {@link #EMPTY}. Decoding never fails on a value this SDK version does not know.
 */
public final class EntityType extends OpenEnum {
    private static final OpenEnumValues<EntityType> VALUES = new OpenEnumValues<>(EntityType::new);

    /** {@code ""}: the server's zero value, meaning unset or unknown. */
    public static final EntityType EMPTY = VALUES.known("");
    /** {@code API_CLIENT}. */
    public static final EntityType API_CLIENT = VALUES.known("API_CLIENT");
    /** {@code AUDITING_EVENT}. */
    public static final EntityType AUDITING_EVENT = VALUES.known("AUDITING_EVENT");
    /** {@code AUTO_SHARE_TASK}. */
    public static final EntityType AUTO_SHARE_TASK = VALUES.known("AUTO_SHARE_TASK");
    /** {@code BUYER}. */
    public static final EntityType BUYER = VALUES.known("BUYER");
    /** {@code CONTACT}. */
    public static final EntityType CONTACT = VALUES.known("CONTACT");
    /** {@code ENTITLEMENT}. */
    public static final EntityType ENTITLEMENT = VALUES.known("ENTITLEMENT");
    /** {@code ENTITLEMENT_TERM}. */
    public static final EntityType ENTITLEMENT_TERM = VALUES.known("ENTITLEMENT_TERM");
    /** {@code HEADLESS_ENTITLEMENTS}. */
    public static final EntityType HEADLESS_ENTITLEMENTS = VALUES.known("HEADLESS_ENTITLEMENTS");
    /** {@code HUBSPOT_USER}. */
    public static final EntityType HUBSPOT_USER = VALUES.known("HUBSPOT_USER");
    /** {@code INTEGRATION}. */
    public static final EntityType INTEGRATION = VALUES.known("INTEGRATION");
    /** {@code INVOICE}. */
    public static final EntityType INVOICE = VALUES.known("INVOICE");
    /** {@code NEW_CLIENT}. */
    public static final EntityType NEW_CLIENT = VALUES.known("NEW_CLIENT");
    /** {@code NOTIFICATION_MESSAGE}. */
    public static final EntityType NOTIFICATION_MESSAGE = VALUES.known("NOTIFICATION_MESSAGE");
    /** {@code OFFER}. */
    public static final EntityType OFFER = VALUES.known("OFFER");
    /** {@code ORGANIZATION}. */
    public static final EntityType ORGANIZATION = VALUES.known("ORGANIZATION");
    /** {@code PAYMENT_TRANSACTION}. */
    public static final EntityType PAYMENT_TRANSACTION = VALUES.known("PAYMENT_TRANSACTION");
    /** {@code PRODUCT}. */
    public static final EntityType PRODUCT = VALUES.known("PRODUCT");
    /** {@code REFERRAL}. */
    public static final EntityType REFERRAL = VALUES.known("REFERRAL");
    /** {@code REVENUE_RECORD}. */
    public static final EntityType REVENUE_RECORD = VALUES.known("REVENUE_RECORD");
    /** {@code SERVICE}. */
    public static final EntityType SERVICE = VALUES.known("SERVICE");
    /** {@code SUPPORT_TICKET}. */
    public static final EntityType SUPPORT_TICKET = VALUES.known("SUPPORT_TICKET");
    /** {@code UNPURCHASED_OFFERS}. */
    public static final EntityType UNPURCHASED_OFFERS = VALUES.known("UNPURCHASED_OFFERS");
    /** {@code USAGE_RECORD_GROUP}. */
    public static final EntityType USAGE_RECORD_GROUP = VALUES.known("USAGE_RECORD_GROUP");
    /** {@code USAGE_RECORD_REPORT}. */
    public static final EntityType USAGE_RECORD_REPORT = VALUES.known("USAGE_RECORD_REPORT");
    /** {@code USER}. */
    public static final EntityType USER = VALUES.known("USER");
    /** {@code WORKFLOW}. */
    public static final EntityType WORKFLOW = VALUES.known("WORKFLOW");
    /** {@code WORKFLOW_EXECUTION}. */
    public static final EntityType WORKFLOW_EXECUTION = VALUES.known("WORKFLOW_EXECUTION");
    /** {@code WORKFLOW_WEBHOOK}. */
    public static final EntityType WORKFLOW_WEBHOOK = VALUES.known("WORKFLOW_WEBHOOK");
    /** {@code ORGANIZATION_INFO}. */
    public static final EntityType ORGANIZATION_INFO = VALUES.known("ORGANIZATION_INFO");

    private EntityType(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value, exactly as the API spells it
     * @return the constant for it, or an unknown instance that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static EntityType of(String value) {
        return VALUES.of(value);
    }

    /** @return the declared constants, {@link #EMPTY} first */
    public static List<EntityType> values() {
        return VALUES.values();
    }
}
