package dev.switchboard.notifications.suger;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * The marketplace or partner system of the entity of a {@link NotificationEvent}.
 *
 * <p>An open enum: the constants are the values of spec v3.14.0 ({@code ANTHROPIC} and {@code OPENAI} are new there).
 * Any other value the server sends decodes to an instance
 * that keeps the raw string ({@link #isKnown()} is {@code false}) and is written back unchanged; {@code ""} is
 * the constant {@link #EMPTY}. Decoding never fails on a value this SDK version does not know.
 */
public final class Partner extends OpenEnum {
    private static final OpenEnumValues<Partner> VALUES = new OpenEnumValues<>(Partner::new);

    /** {@code ""}: the server's zero value, meaning unset or unknown. */
    public static final Partner EMPTY = VALUES.known("");
    /** {@code ADYEN}. */
    public static final Partner ADYEN = VALUES.known("ADYEN");
    /** {@code ALIBABA}. */
    public static final Partner ALIBABA = VALUES.known("ALIBABA");
    /** {@code ANTHROPIC}. */
    public static final Partner ANTHROPIC = VALUES.known("ANTHROPIC");
    /** {@code AWS}. */
    public static final Partner AWS = VALUES.known("AWS");
    /** {@code AWS_CHINA}. */
    public static final Partner AWS_CHINA = VALUES.known("AWS_CHINA");
    /** {@code AZURE}. */
    public static final Partner AZURE = VALUES.known("AZURE");
    /** {@code CHARGEBEE}. */
    public static final Partner CHARGEBEE = VALUES.known("CHARGEBEE");
    /** {@code DATABRICKS}. */
    public static final Partner DATABRICKS = VALUES.known("DATABRICKS");
    /** {@code DOCUSIGN}. */
    public static final Partner DOCUSIGN = VALUES.known("DOCUSIGN");
    /** {@code GCP}. */
    public static final Partner GCP = VALUES.known("GCP");
    /** {@code GOOGLE}. */
    public static final Partner GOOGLE = VALUES.known("GOOGLE");
    /** {@code HUBSPOT}. */
    public static final Partner HUBSPOT = VALUES.known("HUBSPOT");
    /** {@code INTUIT}. */
    public static final Partner INTUIT = VALUES.known("INTUIT");
    /** {@code LAGO}. */
    public static final Partner LAGO = VALUES.known("LAGO");
    /** {@code MARKETO}. */
    public static final Partner MARKETO = VALUES.known("MARKETO");
    /** {@code METRONOME}. */
    public static final Partner METRONOME = VALUES.known("METRONOME");
    /** {@code MICROSOFT}. */
    public static final Partner MICROSOFT = VALUES.known("MICROSOFT");
    /** {@code OPENAI}. */
    public static final Partner OPENAI = VALUES.known("OPENAI");
    /** {@code ORACLE}. */
    public static final Partner ORACLE = VALUES.known("ORACLE");
    /** {@code ORB}. */
    public static final Partner ORB = VALUES.known("ORB");
    /** {@code REDHAT}. */
    public static final Partner REDHAT = VALUES.known("REDHAT");
    /** {@code SALESFORCE}. */
    public static final Partner SALESFORCE = VALUES.known("SALESFORCE");
    /** {@code SLACK}. */
    public static final Partner SLACK = VALUES.known("SLACK");
    /** {@code SNOWFLAKE}. */
    public static final Partner SNOWFLAKE = VALUES.known("SNOWFLAKE");
    /** {@code STRIPE}. */
    public static final Partner STRIPE = VALUES.known("STRIPE");
    /** {@code ZOHO}. */
    public static final Partner ZOHO = VALUES.known("ZOHO");

    private Partner(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value, exactly as the API spells it
     * @return the constant for it, or an unknown instance that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static Partner of(String value) {
        return VALUES.of(value);
    }

    /** @return the declared constants, {@link #EMPTY} first */
    public static List<Partner> values() {
        return VALUES.values();
    }
}
