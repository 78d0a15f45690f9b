package dev.switchboard.conversations.intercom.aicontent;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/** A content import source's status: {@code active} or {@code deactivated}. Open: unknown values are kept as sent. */
public final class ContentImportSourceStatus extends OpenEnum {
    private static final OpenEnumValues<ContentImportSourceStatus> VALUES =
            new OpenEnumValues<>(ContentImportSourceStatus::new);
    /** {@code active}: its pages are used (Intercom's default). */
    public static final ContentImportSourceStatus ACTIVE = VALUES.known("active");
    /** {@code deactivated}: its pages are not used. */
    public static final ContentImportSourceStatus DEACTIVATED = VALUES.known("deactivated");

    private ContentImportSourceStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static ContentImportSourceStatus of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows */
    public static List<ContentImportSourceStatus> knownValues() {
        return VALUES.values();
    }
}
