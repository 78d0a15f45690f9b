package dev.switchboard.conversations.moveworks;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.Map;

/**
 * The typed view of a plugin resource's {@code detail}, one variant per {@link ResourceType} that has a documented
 * shape, and {@link Other} for the rest (their detail is usually {@code null}). Every variant is a view over the raw
 * detail ({@link #raw()}, empty when the server sent none).
 *
 * <pre>{@code
 * if (resource.detail() instanceof PluginResourceDetail.Ticket t) {
 *     System.out.println(t.ticketType() + " in " + t.source() + ": " + t.url());
 * }
 * }</pre>
 */
public sealed interface PluginResourceDetail {

    /** @return the resource type the variant was chosen by; may be {@code null} for {@link Other} */
    ResourceType type();

    /** @return the detail object as sent (JSON types kept), or an empty object when the server sent none */
    Map<String, Object> raw();

    /**
     * @param type the resource's type, or {@code null}
     * @param raw the raw detail, or {@code null}
     * @return the variant for {@code type}
     */
    static PluginResourceDetail of(ResourceType type, JsonObject raw) {
        JsonObject r = raw == null ? JsonObject.EMPTY : raw;
        if (ResourceType.KNOWLEDGE.equals(type)) {
            return new Knowledge(r);
        }
        if (ResourceType.FILE.equals(type)) {
            return new File(r);
        }
        if (ResourceType.FORM.equals(type)) {
            return new Form(r);
        }
        if (ResourceType.APPROVAL.equals(type)) {
            return new Approval(r);
        }
        if (ResourceType.TICKET.equals(type)) {
            return new Ticket(r);
        }
        return new Other(type, r);
    }

    /** The shared part of every variant: the type it was chosen by, and the detail it views. */
    abstract sealed class Variant extends JsonModel implements PluginResourceDetail {
        private final ResourceType type;

        Variant(ResourceType type, JsonObject raw) {
            super(raw);
            this.type = type;
        }

        @Override
        public final ResourceType type() {
            return type;
        }

        @Override
        public final Map<String, Object> raw() {
            return json();
        }
    }

    /** A knowledge article. */
    final class Knowledge extends Variant {
        Knowledge(JsonObject raw) {
            super(ResourceType.KNOWLEDGE, raw);
        }

        /** @return its domain, or {@code null} */
        public Domain domain() {
            return openEnum("domain", Domain::of);
        }

        /** @return its id in the knowledge base */
        public String externalResourceId() {
            return id("external_resource_id");
        }

        /** @return its title */
        public String name() {
            return string("name");
        }

        /** @return the quoted passage */
        public String snippet() {
            return string("snippet");
        }

        /** @return its link */
        public String url() {
            return string("url");
        }
    }

    /** A file. */
    final class File extends Variant {
        File(JsonObject raw) {
            super(ResourceType.FILE, raw);
        }

        /** @return its name, or {@code null} */
        public String name() {
            return string("name");
        }

        /** @return the quoted passage */
        public String snippet() {
            return string("snippet");
        }

        /** @return its link, or {@code null} */
        public String url() {
            return string("url");
        }
    }

    /** A form. */
    final class Form extends Variant {
        Form(JsonObject raw) {
            super(ResourceType.FORM, raw);
        }

        /** @return its domain */
        public Domain domain() {
            return openEnum("domain", Domain::of);
        }

        /** @return its id in the form system */
        public String externalResourceId() {
            return id("external_resource_id");
        }

        /** @return its name */
        public String name() {
            return string("name");
        }
    }

    /** An approval. */
    final class Approval extends Variant {
        Approval(JsonObject raw) {
            super(ResourceType.APPROVAL, raw);
        }

        /** @return its domain ({@code UNKNOWN} is common) */
        public Domain domain() {
            return openEnum("domain", Domain::of);
        }

        /** @return where it lives, for example {@code moveworks} */
        public String source() {
            return string("source");
        }

        /** @return the detail's {@code type}, for example {@code REQUEST_ITEM} */
        public String approvalType() {
            return string("type");
        }
    }

    /** A ticket. */
    final class Ticket extends Variant {
        Ticket(JsonObject raw) {
            super(ResourceType.TICKET, raw);
        }

        /** @return its domain */
        public Domain domain() {
            return openEnum("domain", Domain::of);
        }

        /** @return the ticketing system, for example {@code snow} or {@code jira_service_desk} */
        public String source() {
            return string("source");
        }

        /** @return {@code INCIDENT}, {@code REQUEST_ITEM}, {@code HR_CASE}, ... */
        public String ticketType() {
            return string("ticket_type");
        }

        /** @return the detail's {@code type}: {@code BOT_INITIATED_TICKET}, {@code USER_INITIATED_TICKET}, or {@code null} */
        public String origin() {
            return string("type");
        }

        /** @return its link */
        public String url() {
            return string("url");
        }
    }

    /**
     * A resource type without a typed shape (internal knowledge, records, people, software, groups, messages,
     * uploaded content, identity systems, unspecified, and types this SDK version does not know).
     */
    final class Other extends Variant {
        Other(ResourceType type, JsonObject raw) {
            super(type, raw);
        }
    }
}
