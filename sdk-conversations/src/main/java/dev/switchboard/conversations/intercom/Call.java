package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.EpochSecondsSerializer;
import dev.switchboard.core.json.Extras;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A phone call ({@code call}, new in 2.14). The times are Intercom's {@code datetime}: ISO-8601 strings or epoch
 * seconds are both read (64-bit, so dates after 2038 are fine) and written back as epoch seconds. {@code state},
 * {@code call_type}, {@code direction} and {@code ended_reason} are free strings in the API and kept as sent.
 *
 * <p>Calls returned by {@link IntercomCalls#search(List)} also carry {@code transcript} and
 * {@code transcript_status}; on other calls both are {@code null}.
 *
 * @param type always {@code call}
 * @param id the call id
 * @param conversationId the conversation of the call, or {@code null}
 * @param adminId the teammate on the call, or {@code null}
 * @param contactId the contact on the call, or {@code null}
 * @param state for example {@code completed}
 * @param initiatedAt when the call started ringing
 * @param answeredAt when it was answered, or {@code null}
 * @param endedAt when it ended, or {@code null}
 * @param createdAt when the record was created
 * @param updatedAt when the record last changed
 * @param recordingUrl the API URL that redirects to the recording (use {@link IntercomCalls#recordingUrl(String)}),
 *     or {@code null}
 * @param transcriptionUrl the API URL of the transcript (use {@link IntercomCalls#transcript(String)}), or
 *     {@code null}
 * @param callType for example {@code phone}
 * @param direction {@code inbound} or {@code outbound}
 * @param endedReason why the call ended, or {@code null}
 * @param phone the phone number in E.164 format, or {@code null}
 * @param finRecordingUrl the AI agent's (Fin's) recording URL, or {@code null}
 * @param finTranscriptionUrl the AI agent's (Fin's) transcript URL, or {@code null}
 * @param transcript search results only: the transcript entries; {@code [{}]} or {@code []} when there is none
 * @param transcriptStatus search results only: the transcript's status, for example {@code completed}
 * @param extra fields this SDK does not know
 */
public record Call(
        @JsonProperty("type") String type,
        @JsonProperty("id") String id,
        @JsonProperty("conversation_id") String conversationId,
        @JsonProperty("admin_id") String adminId,
        @JsonProperty("contact_id") String contactId,
        @JsonProperty("state") String state,
        @JsonProperty("initiated_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant initiatedAt,
        @JsonProperty("answered_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant answeredAt,
        @JsonProperty("ended_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant endedAt,
        @JsonProperty("created_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant createdAt,
        @JsonProperty("updated_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant updatedAt,
        @JsonProperty("recording_url") String recordingUrl,
        @JsonProperty("transcription_url") String transcriptionUrl,
        @JsonProperty("call_type") String callType,
        @JsonProperty("direction") String direction,
        @JsonProperty("ended_reason") String endedReason,
        @JsonProperty("phone") String phone,
        @JsonProperty("fin_recording_url") String finRecordingUrl,
        @JsonProperty("fin_transcription_url") String finTranscriptionUrl,
        @JsonProperty("transcript") List<Map<String, Object>> transcript,
        @JsonProperty("transcript_status") String transcriptStatus,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the lists and unknown fields immutable. */
    public Call {
        transcript = Models.list(transcript);
        extra = Extras.of(extra);
    }

    /**
     * @return whether this search result carries transcript content: at least one non-empty entry ({@code [{}]}
     *     means none)
     */
    public boolean hasTranscript() {
        return transcript != null && transcript.stream().anyMatch(e -> e != null && !e.isEmpty());
    }
}
