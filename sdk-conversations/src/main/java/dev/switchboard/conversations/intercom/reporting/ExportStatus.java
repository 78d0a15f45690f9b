package dev.switchboard.conversations.intercom.reporting;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * The status of a reporting data export job: {@code pending}, {@code complete} or {@code failed} (note
 * {@code complete}, where the ticket jobs say {@code success}). Open: values this SDK does not know are kept as sent.
 */
public final class ExportStatus extends OpenEnum {
    private static final OpenEnumValues<ExportStatus> VALUES = new OpenEnumValues<>(ExportStatus::new);
    /** {@code pending}: queued or running. */
    public static final ExportStatus PENDING = VALUES.known("pending");
    /** {@code complete}: the file can be downloaded. */
    public static final ExportStatus COMPLETE = VALUES.known("complete");
    /** {@code failed}: the export will not produce a file. */
    public static final ExportStatus FAILED = VALUES.known("failed");

    private ExportStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static ExportStatus of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows */
    public static List<ExportStatus> knownValues() {
        return VALUES.values();
    }
}
