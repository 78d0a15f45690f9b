package dev.switchboard.conversations.intercom.reporting;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * A reporting data export job, as enqueue and status return it. Intercom sends {@code download_url} and
 * {@code download_expires_at} as strings that are empty ({@code ""}) until the job completes; they may also be
 * {@code null} or left out, and each is written back as it came.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ExportJob extends JsonModel {

    /** @param json the object as sent */
    public ExportJob(JsonObject json) {
        super(json);
    }

    /**
     * @return the job's identifier, for {@link ReportingDataExportClient#status(String)} and the download, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String jobIdentifier() {
        return id("job_identifier");
    }

    /**
     * @return {@code pending}, {@code complete}, {@code failed}, or a value this SDK does not know; {@code null} when
     *     absent
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public ExportStatus status() {
        return openEnum("status", ExportStatus::of);
    }

    /**
     * @return where Intercom says the file is (informational: download with
     *     {@link ReportingDataExportClient#download(String, java.nio.file.Path)}, which sends the token to the API host
     *     only); {@code ""} until complete, {@code null} when sent as {@code null} or absent
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String downloadUrl() {
        return string("download_url");
    }

    /**
     * @return when the download URL expires, as Intercom spells it; {@code ""} until complete, {@code null} when sent
     *     as {@code null} or absent
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String downloadExpiresAt() {
        return string("download_expires_at");
    }

    /**
     * @return whether the status is {@code pending}
     * @throws dev.switchboard.core.DecodeException if {@code status} is not a string
     */
    public boolean isPending() {
        return ExportStatus.PENDING.equals(status());
    }

    /**
     * @return whether the status is {@code complete}
     * @throws dev.switchboard.core.DecodeException if {@code status} is not a string
     */
    public boolean isComplete() {
        return ExportStatus.COMPLETE.equals(status());
    }

    /**
     * @return whether the status is {@code failed}
     * @throws dev.switchboard.core.DecodeException if {@code status} is not a string
     */
    public boolean isFailed() {
        return ExportStatus.FAILED.equals(status());
    }
}
