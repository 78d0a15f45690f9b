package dev.switchboard.conversations.moveworks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.IsoMillisSerializer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A record of the {@code users} entity. Filter users on {@code last_updated_time}, not {@code created_time}.
 *
 * @param id the user id: a string of up to 20 digits, which does not fit a {@code long}
 * @param firstName first name, or {@code null}
 * @param lastName last name, or {@code null}
 * @param emailAddr e-mail address
 * @param userPreferredLanguage for example {@code EN_US}, {@code ES_ES}, {@code FR_CA}
 * @param accessToBot whether the user can talk to the assistant
 * @param externalIds the user's ids in connected systems; {@code null} when the server sent none
 * @param firstInteractionTime the user's first interaction, or {@code null}
 * @param latestInteractionTime the user's latest interaction, or {@code null}
 * @param lastUpdatedTime when the record last changed
 * @param extra fields this SDK version does not model, and known fields sent as JSON {@code null}
 */
public record User(
        @JsonProperty("id") String id,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("email_addr") String emailAddr,
        @JsonProperty("user_preferred_language") String userPreferredLanguage,
        @JsonProperty("access_to_bot") Boolean accessToBot,
        @JsonProperty("external_ids") List<ExternalId> externalIds,
        @JsonProperty("first_interaction_time") @JsonSerialize(using = IsoMillisSerializer.class) Instant firstInteractionTime,
        @JsonProperty("latest_interaction_time") @JsonSerialize(using = IsoMillisSerializer.class) Instant latestInteractionTime,
        @JsonProperty("last_updated_time") @JsonSerialize(using = IsoMillisSerializer.class) Instant lastUpdatedTime,
        @JsonAnyGetter Map<String, Object> extra) {

    /**
     * Copies the list and freezes {@code extra}.
     *
     * @throws IllegalArgumentException if {@code extra} holds a typed field (except as {@code null} while that field
     *     is {@code null})
     */
    public User {
        externalIds = externalIds == null ? null : List.copyOf(externalIds);
        extra = JsonFields.checkedExtra(User.class, extra, "id", id, "first_name", firstName, "last_name", lastName,
                "email_addr", emailAddr, "user_preferred_language", userPreferredLanguage, "access_to_bot", accessToBot,
                "external_ids", externalIds, "first_interaction_time", firstInteractionTime, "latest_interaction_time",
                latestInteractionTime, "last_updated_time", lastUpdatedTime);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static User fromJson(JsonNode json) throws JsonMappingException {
        JsonFields f = JsonFields.of(User.class, json);
        return new User(f.text("id"), f.text("first_name"), f.text("last_name"), f.text("email_addr"),
                f.text("user_preferred_language"), f.bool("access_to_bot"), f.objects("external_ids", ExternalId::fromJson),
                f.instant("first_interaction_time"), f.instant("latest_interaction_time"), f.instant("last_updated_time"),
                f.extra());
    }

    /** @return whether {@code access_to_bot} is {@code true} */
    public boolean hasAccessToBot() {
        return Boolean.TRUE.equals(accessToBot);
    }

    /** @return {@link #externalIds()}, or an empty list when the server sent none */
    public List<ExternalId> externalIdsOrEmpty() {
        return externalIds == null ? List.of() : externalIds;
    }

    /**
     * @param source a connected system, for example {@link ExternalIdSource#SLACK}
     * @return the user's first id in that system
     */
    public Optional<String> externalId(ExternalIdSource source) {
        return externalIdsOrEmpty().stream().filter(e -> source.equals(e.source())).map(ExternalId::externalId)
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /**
     * A heuristic from Moveworks' guidance: no access to the bot and no external ids usually means the user was
     * deprovisioned.
     *
     * @return whether {@code access_to_bot} is {@code false} and {@code external_ids} is null or empty
     */
    public boolean looksDeprovisioned() {
        return Boolean.FALSE.equals(accessToBot) && externalIdsOrEmpty().isEmpty();
    }
}
