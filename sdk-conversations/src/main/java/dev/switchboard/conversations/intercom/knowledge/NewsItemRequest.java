package dev.switchboard.conversations.intercom.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The body of a news item create or update ({@code news_item_request}); only the fields set are sent. A create needs
 * a title and a sender ({@link #create}); an update may change any field ({@link #update()}).
 *
 * <pre>{@code
 * NewsItemRequest r = NewsItemRequest.create("Product Update", "123")
 *         .body("<p>New features released</p>")
 *         .state(NewsItemState.LIVE)
 *         .newsfeedAssignments(List.of(NewsfeedAssignment.of(53, Instant.parse("2022-10-01T15:30:14Z"))));
 * }</pre>
 *
 * @param title the title
 * @param body the HTML body
 * @param senderId the sending admin's id
 * @param state {@code draft} or {@code live}
 * @param deliverSilently deliver without a notification
 * @param labels labels
 * @param reactions reaction emojis
 * @param newsfeedAssignments the newsfeeds, with past publish dates (ignored by Intercom for drafts)
 */
@JsonPropertyOrder({"title", "body", "sender_id", "state", "deliver_silently", "labels", "reactions",
    "newsfeed_assignments"})
public record NewsItemRequest(
        @JsonProperty("title") String title,
        @JsonProperty("body") String body,
        @JsonProperty("sender_id") Long senderId,
        @JsonProperty("state") NewsItemState state,
        @JsonProperty("deliver_silently") Boolean deliverSilently,
        @JsonProperty("labels") List<String> labels,
        @JsonProperty("reactions") List<String> reactions,
        @JsonProperty("newsfeed_assignments") List<NewsfeedAssignment> newsfeedAssignments) {

    /**
     * @param title the title
     * @param senderId the sending admin's id (an integer id)
     * @return a create request
     * @throws IllegalArgumentException if the title is blank or the sender is not an integer id
     */
    public static NewsItemRequest create(String title, String senderId) {
        return update().title(title).sender(senderId);
    }

    /** @return an update request that changes nothing yet */
    public static NewsItemRequest update() {
        return new NewsItemRequest(null, null, null, null, null, null, null, null);
    }

    /**
     * @param newTitle the title
     * @return a copy with that title
     * @throws IllegalArgumentException if it is blank
     */
    public NewsItemRequest title(String newTitle) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        return new NewsItemRequest(newTitle, body, senderId, state, deliverSilently, labels, reactions, newsfeedAssignments);
    }

    /**
     * @param html the HTML body
     * @return a copy with that body
     */
    public NewsItemRequest body(String html) {
        return new NewsItemRequest(title, Objects.requireNonNull(html, "body"), senderId, state, deliverSilently, labels,
                reactions, newsfeedAssignments);
    }

    /**
     * @param adminId the sending admin's id
     * @return a copy with that sender
     * @throws IllegalArgumentException if it is not a positive integer id
     */
    public NewsItemRequest sender(String adminId) {
        return new NewsItemRequest(title, body, InternalArticleRequest.adminId(adminId, "senderId"), state, deliverSilently,
                labels, reactions, newsfeedAssignments);
    }

    /**
     * @param newState {@link NewsItemState#DRAFT} or {@link NewsItemState#LIVE}
     * @return a copy with that state
     */
    public NewsItemRequest state(NewsItemState newState) {
        return new NewsItemRequest(title, body, senderId, Objects.requireNonNull(newState, "state"), deliverSilently, labels,
                reactions, newsfeedAssignments);
    }

    /**
     * @param silently whether to deliver without a notification
     * @return a copy with that setting
     */
    public NewsItemRequest deliverSilently(boolean silently) {
        return new NewsItemRequest(title, body, senderId, state, silently, labels, reactions, newsfeedAssignments);
    }

    /**
     * @param newLabels the labels
     * @return a copy with those labels
     */
    public NewsItemRequest labels(List<String> newLabels) {
        return new NewsItemRequest(title, body, senderId, state, deliverSilently, copy(newLabels, "labels"), reactions,
                newsfeedAssignments);
    }

    /**
     * @param newReactions the reaction emojis
     * @return a copy with those reactions
     */
    public NewsItemRequest reactions(List<String> newReactions) {
        return new NewsItemRequest(title, body, senderId, state, deliverSilently, labels, copy(newReactions, "reactions"),
                newsfeedAssignments);
    }

    /**
     * @param assignments the newsfeeds; publish dates must be in the past unless the state is draft (checked when
     *     sent, against the client's clock)
     * @return a copy with those assignments
     */
    public NewsItemRequest newsfeedAssignments(List<NewsfeedAssignment> assignments) {
        return new NewsItemRequest(title, body, senderId, state, deliverSilently, labels, reactions,
                copy(assignments, "newsfeedAssignments"));
    }

    private static <T> List<T> copy(List<T> l, String name) {
        Objects.requireNonNull(l, name);
        for (T t : l) {
            Objects.requireNonNull(t, name + " entry");
        }
        return Collections.unmodifiableList(new ArrayList<>(l));
    }
}
