package dev.switchboard.conversations.moveworks;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A record of the {@code users} entity. Filter users on {@code last_updated_time}, not {@code created_time}.
 *
 * <p>A typed view over the record's JSON (see {@link JsonModel}), written back exactly as the server sent it.
 */
public final class User extends JsonModel {

    /** @param json the record as sent */
    public User(JsonObject json) {
        super(json);
    }

    /** @return the user id: a string of up to 20 digits, which does not fit a {@code long} */
    public String id() {
        return id("id");
    }

    /** @return first name, or {@code null} */
    public String firstName() {
        return string("first_name");
    }

    /** @return last name, or {@code null} */
    public String lastName() {
        return string("last_name");
    }

    /** @return e-mail address */
    public String emailAddr() {
        return string("email_addr");
    }

    /** @return for example {@code EN_US}, {@code ES_ES}, {@code FR_CA} */
    public String userPreferredLanguage() {
        return string("user_preferred_language");
    }

    /** @return whether the user can talk to the assistant */
    public Boolean accessToBot() {
        return bool("access_to_bot");
    }

    /** @return the user's ids in connected systems; {@code null} when the server sent none */
    public List<ExternalId> externalIds() {
        return list("external_ids", ExternalId::new);
    }

    /** @return the user's first interaction, or {@code null} */
    public Instant firstInteractionTime() {
        return instant("first_interaction_time");
    }

    /** @return the user's latest interaction, or {@code null} */
    public Instant latestInteractionTime() {
        return instant("latest_interaction_time");
    }

    /** @return when the record last changed */
    public Instant lastUpdatedTime() {
        return instant("last_updated_time");
    }

    /** @return whether {@code access_to_bot} is {@code true} */
    public boolean hasAccessToBot() {
        return Boolean.TRUE.equals(accessToBot());
    }

    /** @return {@link #externalIds()}, or an empty list when the server sent none */
    public List<ExternalId> externalIdsOrEmpty() {
        return listOrEmpty("external_ids", ExternalId::new);
    }

    /**
     * @param source a connected system, for example {@link ExternalIdSource#SLACK}
     * @return the user's first id in that system
     * @throws dev.switchboard.core.DecodeException if an external id that would be read is not an object
     */
    public Optional<String> externalId(ExternalIdSource source) {
        for (ExternalId e : externalIdsOrEmpty()) {
            if (e != null && source.equals(e.source()) && e.externalId() != null) {
                return Optional.of(e.externalId());
            }
        }
        return Optional.empty();
    }

    /**
     * A heuristic from Moveworks' guidance: no access to the bot and no external ids usually means the user was
     * deprovisioned.
     *
     * @return whether {@code access_to_bot} is {@code false} and {@code external_ids} is null or empty
     */
    public boolean looksDeprovisioned() {
        return Boolean.FALSE.equals(accessToBot()) && externalIdsOrEmpty().isEmpty();
    }
}
