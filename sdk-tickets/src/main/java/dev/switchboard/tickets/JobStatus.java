package dev.switchboard.tickets;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * The status of an asynchronous job. The changelog also names {@code in_progress}, the spec does not. Open: values
 * this SDK does not know are kept as sent.
 */
public final class JobStatus extends OpenEnum {
    private static final OpenEnumValues<JobStatus> VALUES = new OpenEnumValues<>(JobStatus::new);
    /** {@code pending} */
    public static final JobStatus PENDING = VALUES.known("pending");
    /** {@code in_progress} */
    public static final JobStatus IN_PROGRESS = VALUES.known("in_progress");
    /** {@code success} */
    public static final JobStatus SUCCESS = VALUES.known("success");
    /** {@code failed} */
    public static final JobStatus FAILED = VALUES.known("failed");

    private JobStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value that keeps the raw string
     */
    @JsonCreator
    public static JobStatus of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows */
    public static List<JobStatus> knownValues() {
        return VALUES.values();
    }
}
