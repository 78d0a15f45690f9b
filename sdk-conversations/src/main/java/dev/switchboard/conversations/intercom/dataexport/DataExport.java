package dev.switchboard.conversations.intercom.dataexport;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * A content data export job ({@code data_export}), as create, get and cancel answer it. Intercom sends
 * {@code download_url} and {@code download_expires_at} as {@code ""} until the job is complete.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class DataExport extends JsonModel {

    /** @param json the object as sent */
    public DataExport(JsonObject json) {
        super(json);
    }

    /**
     * @return the job's identifier, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String jobIdentifier() {
        return id("job_identifier");
    }

    /**
     * @return the job's status (open), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public DataExportStatus status() {
        return openEnum("status", DataExportStatus::of);
    }

    /**
     * @return where the finished file is, as sent ({@code ""} before the job completes), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String downloadUrl() {
        return string("download_url");
    }

    /**
     * @return when the file stops being downloadable; {@code null} when absent or {@code ""} (before completion)
     * @throws dev.switchboard.core.DecodeException if it is not epoch seconds (a number or a string of digits, as the
     *     spec sends it) or an ISO-8601 timestamp
     */
    public Instant downloadExpiresAt() {
        return instant("download_expires_at");
    }

    /** @return whether the status is {@link DataExportStatus#COMPLETED} */
    public boolean isCompleted() {
        return DataExportStatus.COMPLETED.equals(status());
    }
}
