package dev.switchboard.conversations.intercom.reporting;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.spi.EpochSecondsSerializer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What to export: a dataset, some of its attributes and a time window, sent as
 * {@code {"dataset_id", "attribute_ids", "start_time", "end_time"}} with the times as Unix seconds.
 *
 * <pre>{@code
 * ExportRequest r = ExportRequest.of("conversation", List.of("conversation_id", "conversation_started_at"),
 *         Instant.parse("2024-06-04T08:33:20Z"), Instant.parse("2024-06-04T14:06:40Z"));
 * }</pre>
 *
 * @param datasetId the dataset's id, for example {@code conversation}
 * @param attributeIds the attributes to export, at least one
 * @param start the start of the window (sent as whole seconds, fractions dropped)
 * @param end the end of the window, after {@code start}
 */
@JsonPropertyOrder({"dataset_id", "attribute_ids", "start_time", "end_time"})
public record ExportRequest(
        @JsonProperty("dataset_id") String datasetId,
        @JsonProperty("attribute_ids") List<String> attributeIds,
        @JsonProperty("start_time") @JsonSerialize(using = EpochSecondsSerializer.class) Instant start,
        @JsonProperty("end_time") @JsonSerialize(using = EpochSecondsSerializer.class) Instant end) {

    /**
     * Checks the request before anything is sent.
     *
     * @throws IllegalArgumentException if the dataset id is blank, there are no attribute ids or one is blank, a time
     *     is missing, or {@code end} is not after {@code start}
     */
    public ExportRequest {
        if (datasetId == null || datasetId.isBlank()) {
            throw new IllegalArgumentException("datasetId must not be blank");
        }
        if (attributeIds == null || attributeIds.isEmpty()) {
            throw new IllegalArgumentException("attributeIds must hold at least one attribute id");
        }
        List<String> copy = new ArrayList<>();
        for (String id : attributeIds) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("attributeIds must not contain a blank id");
            }
            copy.add(id);
        }
        attributeIds = Collections.unmodifiableList(copy);
        if (start == null) {
            throw new IllegalArgumentException("start must not be null");
        }
        if (end == null) {
            throw new IllegalArgumentException("end must not be null");
        }
        if (end.getEpochSecond() <= start.getEpochSecond()) {
            throw new IllegalArgumentException("end must be after start (in whole seconds), was start " + start
                    + " and end " + end);
        }
    }

    /**
     * @param datasetId the dataset's id
     * @param attributeIds at least one attribute id
     * @param start the window's start
     * @param end the window's end, after {@code start}
     * @return the request
     * @throws IllegalArgumentException as the constructor
     */
    public static ExportRequest of(String datasetId, List<String> attributeIds, Instant start, Instant end) {
        return new ExportRequest(datasetId, Objects.requireNonNullElse(attributeIds, List.of()), start, end);
    }
}
