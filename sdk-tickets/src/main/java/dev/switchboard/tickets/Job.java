package dev.switchboard.tickets;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.EpochSecondsSerializer;
import dev.switchboard.core.json.Extras;
import java.util.Map;
import java.util.Optional;

/**
 * An asynchronous job, as returned by {@code POST /tickets/enqueue} and {@code GET /jobs/status/{job_id}}.
 *
 * @param type {@code job}
 * @param id the job's id
 * @param url where to poll its status
 * @param status pending, in_progress, success or failed (open)
 * @param resourceType the kind of resource it creates, for example {@code ticket}
 * @param resourceId the created resource's id once it succeeded, else {@code null}
 * @param resourceUrl the created resource's URL once it succeeded, else {@code null}
 * @param extra fields this SDK does not know
 */
public record Job(
        @JsonProperty("type") String type,
        @JsonProperty("id") String id,
        @JsonProperty("url") String url,
        @JsonProperty("status") JobStatus status,
        @JsonProperty("resource_type") String resourceType,
        @JsonProperty("resource_id") @JsonInclude(JsonInclude.Include.ALWAYS) String resourceId,
        @JsonProperty("resource_url") @JsonInclude(JsonInclude.Include.ALWAYS) String resourceUrl,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public Job {
        extra = Extras.of(extra);
    }

    /** @return whether the job finished, successfully or not (an unknown status counts as not finished) */
    public boolean isFinished() {
        return JobStatus.SUCCESS.equals(status) || JobStatus.FAILED.equals(status);
    }

    /** @return the created resource's id, once the job succeeded */
    public Optional<String> createdId() {
        return Optional.ofNullable(resourceId);
    }
}
