package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * A chat user, told apart by {@code type}: {@link Agent} ({@code agent}), {@link Customer} ({@code customer}), or
 * {@link UnknownUser} for any other or missing type, kept whole.
 *
 * <pre>{@code
 * switch (user) {
 *     case Agent a -> ...;          // Java 21 pattern matching; on 17 use instanceof
 * }
 * }</pre>
 */
@JsonDeserialize(using = UserDeserializer.class)
public sealed interface User permits Agent, Customer, UnknownUser {

    /** @return the user's id (an e-mail for agents, a UUID for customers) */
    String id();

    /** @return {@code agent}, {@code customer} or whatever was sent; {@code null} when missing */
    String type();

    /** @return the display name, or {@code null} */
    String name();
}
