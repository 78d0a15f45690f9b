package dev.switchboard.conversations.intercom.aicontent;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * How a content import source syncs: {@code api} (its external pages are created and updated through the API),
 * {@code automatic} or {@code manual}. Open: values this SDK does not know are kept as sent. The spec's update schema
 * spells the second {@code automated} where sources answer {@code automatic}; {@code of("automated")} keeps that
 * spelling for whoever needs to send it.
 */
public final class SyncBehavior extends OpenEnum {
    private static final OpenEnumValues<SyncBehavior> VALUES = new OpenEnumValues<>(SyncBehavior::new);
    /** {@code api}: pages come through the API; the only behaviour a source can be created with. */
    public static final SyncBehavior API = VALUES.known("api");
    /** {@code automatic}: Intercom crawls the source. */
    public static final SyncBehavior AUTOMATIC = VALUES.known("automatic");
    /** {@code manual}: synced when a teammate asks. */
    public static final SyncBehavior MANUAL = VALUES.known("manual");

    private SyncBehavior(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static SyncBehavior of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows */
    public static List<SyncBehavior> knownValues() {
        return VALUES.values();
    }
}
