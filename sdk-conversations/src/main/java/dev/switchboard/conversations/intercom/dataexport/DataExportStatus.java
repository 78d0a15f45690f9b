package dev.switchboard.conversations.intercom.dataexport;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * A content data export job's status. Open: values this SDK does not know are kept as sent.
 */
public final class DataExportStatus extends OpenEnum {
    private static final OpenEnumValues<DataExportStatus> VALUES = new OpenEnumValues<>(DataExportStatus::new);
    /** {@code pending}: queued. */
    public static final DataExportStatus PENDING = VALUES.known("pending");
    /** {@code in_progress}: being exported. */
    public static final DataExportStatus IN_PROGRESS = VALUES.known("in_progress");
    /** {@code failed}. */
    public static final DataExportStatus FAILED = VALUES.known("failed");
    /** {@code completed}: the file can be downloaded (for two days). */
    public static final DataExportStatus COMPLETED = VALUES.known("completed");
    /** {@code no_data}: nothing was sent in the window. */
    public static final DataExportStatus NO_DATA = VALUES.known("no_data");
    /** {@code canceled}. */
    public static final DataExportStatus CANCELED = VALUES.known("canceled");

    private DataExportStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static DataExportStatus of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows */
    public static List<DataExportStatus> knownValues() {
        return VALUES.values();
    }
}
