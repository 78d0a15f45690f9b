package dev.switchboard.conversations.intercom.reporting;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import dev.switchboard.core.json.Patch;
import java.util.Map;

/**
 * A reporting data export job, as enqueue and status return it. Intercom sends {@code download_url} and
 * {@code download_expires_at} as strings that are empty ({@code ""}) until the job completes; they may also be
 * {@code null} or left out, and each of the three is written back as it came.
 *
 * @param jobIdentifier the job's identifier, for {@link ReportingDataExport#status(String)} and the download
 * @param status {@code pending}, {@code complete}, {@code failed}, or a value this SDK does not know
 * @param downloadUrl where Intercom says the file is (informational: download with
 *     {@link ReportingDataExport#download(String, java.nio.file.Path)}, which sends the token to the API host only)
 * @param downloadExpiresAt when the download URL expires, as Intercom spells it
 * @param extra fields this SDK does not know
 */
public record ExportJob(
        @JsonProperty("job_identifier") String jobIdentifier,
        @JsonProperty("status") ExportStatus status,
        @JsonProperty("download_url") Patch<String> downloadUrl,
        @JsonProperty("download_expires_at") Patch<String> downloadExpiresAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable; a missing download field is {@link Patch#absent()}. */
    public ExportJob {
        downloadUrl = downloadUrl == null ? Patch.absent() : downloadUrl;
        downloadExpiresAt = downloadExpiresAt == null ? Patch.absent() : downloadExpiresAt;
        extra = Extras.of(extra);
    }

    /** @return whether the status is {@code pending} */
    public boolean isPending() {
        return ExportStatus.PENDING.equals(status);
    }

    /** @return whether the status is {@code complete} */
    public boolean isComplete() {
        return ExportStatus.COMPLETE.equals(status);
    }

    /** @return whether the status is {@code failed} */
    public boolean isFailed() {
        return ExportStatus.FAILED.equals(status);
    }
}
