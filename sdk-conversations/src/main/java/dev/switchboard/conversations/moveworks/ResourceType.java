package dev.switchboard.conversations.moveworks;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * An open enum of the {@code type} of a plugin resource (and the {@code type} key of some interaction details), which decides
 * the shape of a plugin resource's {@code detail} (see {@link PluginResourceDetail}).
 *
 * <p>Compare with {@code equals} or {@code ==} against the constants; {@link #value()} is the raw string.
 */
public final class ResourceType extends OpenEnum {
    private static final OpenEnumValues<ResourceType> VALUES = new OpenEnumValues<>(ResourceType::new);

    /** A knowledge article; detail: {@code domain}, {@code external_resource_id}, {@code name}, {@code snippet}, {@code url}. */
    public static final ResourceType KNOWLEDGE = VALUES.known("RESOURCE_TYPE_KNOWLEDGE");

    /** A file; detail: {@code name}, {@code snippet}, {@code url}. */
    public static final ResourceType FILE = VALUES.known("RESOURCE_TYPE_FILE");

    /** A form; detail: {@code domain}, {@code external_resource_id}, {@code name}. */
    public static final ResourceType FORM = VALUES.known("RESOURCE_TYPE_FORM");

    /** An approval; detail: {@code domain}, {@code source}, {@code type}. */
    public static final ResourceType APPROVAL = VALUES.known("RESOURCE_TYPE_APPROVAL");

    /** A ticket; detail: {@code domain}, {@code source}, {@code ticket_type}, {@code type}, {@code url}. */
    public static final ResourceType TICKET = VALUES.known("RESOURCE_TYPE_TICKET");

    /** Internal knowledge; no detail. */
    public static final ResourceType INTERNAL_KNOWLEDGE = VALUES.known("RESOURCE_TYPE_INTERNAL_KNOWLEDGE");

    /** A record; no detail. */
    public static final ResourceType RECORD = VALUES.known("RESOURCE_TYPE_RECORD");

    /** A person; no detail. */
    public static final ResourceType PERSON = VALUES.known("RESOURCE_TYPE_PERSON");

    /** Software; no detail. */
    public static final ResourceType SOFTWARE = VALUES.known("RESOURCE_TYPE_SOFTWARE");

    /** A group; no detail. */
    public static final ResourceType GROUP = VALUES.known("RESOURCE_TYPE_GROUP");

    /** A message; no detail. */
    public static final ResourceType MESSAGE = VALUES.known("RESOURCE_TYPE_MESSAGE");

    /** Uploaded content; no detail. */
    public static final ResourceType UPLOADED_CONTENT = VALUES.known("RESOURCE_TYPE_UPLOADED_CONTENT");

    /** An identity system; no detail. */
    public static final ResourceType IDENTITY_SYSTEM = VALUES.known("RESOURCE_TYPE_IDENTITY_SYSTEM");

    /** Unspecified; no detail. */
    public static final ResourceType UNSPECIFIED = VALUES.known("RESOURCE_TYPE_UNSPECIFIED");

    /** An internal link (in link-click interaction details, such as {@code GET_HELP}). */
    public static final ResourceType INTERNAL_LINK = VALUES.known("RESOURCE_TYPE_INTERNAL_LINK");

    private ResourceType(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value, as the API spells it
     * @return the constant for it, or an unknown value that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static ResourceType of(String value) {
        return VALUES.of(value);
    }

    /** @return the constants this SDK version declares, in declaration order */
    public static List<ResourceType> values() {
        return VALUES.values();
    }
}
