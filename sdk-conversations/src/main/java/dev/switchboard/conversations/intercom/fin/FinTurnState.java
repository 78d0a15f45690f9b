package dev.switchboard.conversations.intercom.fin;

import dev.switchboard.core.DecodeException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one stream has delivered: drops replayed events (after a reconnect with {@code rewind}), applies chunk
 * supersession, and tells when the turn is over. Used by the stream's thread only.
 */
final class FinTurnState {
    private final boolean expectCsat;
    private final boolean includeChunks;
    private final Set<String> delivered = new HashSet<>();
    private final Map<String, Integer> lastChunk = new HashMap<>();
    private final Set<String> finalized = new HashSet<>();
    private boolean over;

    FinTurnState(boolean expectCsat, boolean includeChunks) {
        this.expectCsat = expectCsat;
        this.includeChunks = includeChunks;
    }

    /** @return whether to deliver the event; updates what was delivered and whether the turn is over */
    boolean accept(FinEvent event, String rawData) {
        if (!delivered.add(rawData)) {
            return false;
        }
        if (event instanceof FinReplyChunk chunk) {
            String stream = safeStreamId(chunk);
            if (stream != null && finalized.contains(stream)) {
                return false;
            }
            Integer index = safeIndex(chunk);
            if (stream != null && index != null) {
                Integer last = lastChunk.get(stream);
                if (last != null && index <= last) {
                    return false;
                }
                lastChunk.put(stream, index);
            }
            return includeChunks;
        }
        if (event instanceof FinReplied replied) {
            String stream = safeStreamId(replied);
            if (stream != null && !finalized.add(stream)) {
                return false;
            }
            over = true;
            return true;
        }
        if (event instanceof FinStatusUpdated status) {
            String s = status.json().get("status") instanceof String v ? v : "";
            if (s.equals(FinStatus.AWAITING_USER_REPLY.value()) || s.equals(FinStatus.COMPLETE.value()) && !expectCsat) {
                over = true;
            }
            return true;
        }
        if (event instanceof FinCsatRequested) {
            over = true;
        }
        return true;
    }

    /** @return whether Intercom has revoked (or is about to revoke) the token: nothing more will come */
    boolean over() {
        return over;
    }

    private static String safeStreamId(FinEvent event) {
        return event.json().get("stream_id") instanceof String s ? s : null;
    }

    private static Integer safeIndex(FinReplyChunk chunk) {
        try {
            return chunk.chunkIndex();
        } catch (DecodeException e) {
            return null;
        }
    }
}
