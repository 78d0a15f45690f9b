package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;

/**
 * A phone call ({@code call}, new in 2.14). The times are Intercom's {@code datetime}, ISO-8601 strings or epoch
 * seconds: both are read (64-bit, so dates after 2038 are fine) and each is written back exactly as it was sent.
 * {@code state}, {@code call_type}, {@code direction} and {@code ended_reason} are free strings in the API and kept as
 * sent.
 *
 * <p>Calls returned by {@link CallsClient#search(List)} also carry {@code transcript} and {@code transcript_status};
 * on other calls both are absent.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class Call extends JsonModel {

    /** @param json the object as sent */
    public Call(JsonObject json) {
        super(json);
    }

    /**
     * @return always {@code call}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the call id (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return the conversation of the call, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String conversationId() {
        return id("conversation_id");
    }

    /**
     * @return the teammate on the call, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String adminId() {
        return id("admin_id");
    }

    /**
     * @return the contact on the call, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String contactId() {
        return id("contact_id");
    }

    /**
     * @return for example {@code completed}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String state() {
        return string("state");
    }

    /**
     * @return when the call started ringing, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant initiatedAt() {
        return instant("initiated_at");
    }

    /**
     * @return when it was answered, or {@code null} (sent as {@code null} or absent)
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant answeredAt() {
        return instant("answered_at");
    }

    /**
     * @return when it ended, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant endedAt() {
        return instant("ended_at");
    }

    /**
     * @return when the record was created, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * @return when the record last changed, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant updatedAt() {
        return instant("updated_at");
    }

    /**
     * @return the API URL that redirects to the recording (use {@link CallsClient#recordingUrl(String)}), or
     *     {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String recordingUrl() {
        return string("recording_url");
    }

    /**
     * @return the API URL of the transcript (use {@link CallsClient#transcript(String)}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String transcriptionUrl() {
        return string("transcription_url");
    }

    /**
     * @return for example {@code phone}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String callType() {
        return string("call_type");
    }

    /**
     * @return {@code inbound} or {@code outbound}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String direction() {
        return string("direction");
    }

    /**
     * @return why the call ended, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String endedReason() {
        return string("ended_reason");
    }

    /**
     * @return the phone number in E.164 format, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String phone() {
        return string("phone");
    }

    /**
     * @return the AI agent's (Fin's) recording URL, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String finRecordingUrl() {
        return string("fin_recording_url");
    }

    /**
     * @return the AI agent's (Fin's) transcript URL, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String finTranscriptionUrl() {
        return string("fin_transcription_url");
    }

    /**
     * @return search results only: the transcript entries as raw JSON objects ({@link JsonObject}s); {@code [{}]} or
     *     {@code []} when there is none, {@code null} on other calls
     * @throws dev.switchboard.core.DecodeException if it is not an array; an entry that is not an object throws when it
     *     is read
     */
    public List<Map<String, Object>> transcript() {
        List<Entry> entries = list("transcript", Entry::new);
        return entries == null ? null : new AbstractList<>() {
            @Override
            public Map<String, Object> get(int i) {
                Entry e = entries.get(i);
                return e == null ? null : e.json();
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }

    /**
     * @return search results only: the transcript's status, for example {@code completed}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String transcriptStatus() {
        return string("transcript_status");
    }

    /**
     * @return whether this search result carries transcript content: at least one non-empty entry ({@code [{}]} means
     *     none)
     * @throws dev.switchboard.core.DecodeException if {@code transcript} or one of its entries is not what it should be
     */
    public boolean hasTranscript() {
        List<Map<String, Object>> entries = transcript();
        if (entries == null) {
            return false;
        }
        for (Map<String, Object> e : entries) {
            if (e != null && !e.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A transcript entry: free-form JSON, viewed only so that a misplaced value is reported with its path. */
    private static final class Entry extends JsonModel {
        Entry(JsonObject json) {
            super(json);
        }
    }
}
