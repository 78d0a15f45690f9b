package dev.switchboard.conversations.moveworks;

import java.util.Map;

/**
 * The typed view of a plugin resource's {@code detail}, one variant per {@link ResourceType} that has a documented
 * shape, and {@link Other} for the rest (their detail is usually {@code null}). Every variant keeps the raw detail
 * ({@link #raw()}, empty when the server sent none).
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

    /** @return the detail object as sent (JSON types kept), or an empty map when the server sent none */
    Map<String, Object> raw();

    /**
     * @param type the resource's type, or {@code null}
     * @param raw the raw detail, or {@code null}
     * @return the variant for {@code type}
     */
    static PluginResourceDetail of(ResourceType type, Map<String, Object> raw) {
        Map<String, Object> r = JsonFields.orEmpty(raw);
        if (ResourceType.KNOWLEDGE.equals(type)) {
            return new Knowledge(JsonFields.enumOf(r, "domain", Domain::of), JsonFields.textOf(r, "external_resource_id"),
                    JsonFields.textOf(r, "name"), JsonFields.textOf(r, "snippet"), JsonFields.textOf(r, "url"), r);
        }
        if (ResourceType.FILE.equals(type)) {
            return new File(JsonFields.textOf(r, "name"), JsonFields.textOf(r, "snippet"), JsonFields.textOf(r, "url"), r);
        }
        if (ResourceType.FORM.equals(type)) {
            return new Form(JsonFields.enumOf(r, "domain", Domain::of), JsonFields.textOf(r, "external_resource_id"),
                    JsonFields.textOf(r, "name"), r);
        }
        if (ResourceType.APPROVAL.equals(type)) {
            return new Approval(JsonFields.enumOf(r, "domain", Domain::of), JsonFields.textOf(r, "source"),
                    JsonFields.textOf(r, "type"), r);
        }
        if (ResourceType.TICKET.equals(type)) {
            return new Ticket(JsonFields.enumOf(r, "domain", Domain::of), JsonFields.textOf(r, "source"),
                    JsonFields.textOf(r, "ticket_type"), JsonFields.textOf(r, "type"), JsonFields.textOf(r, "url"), r);
        }
        return new Other(type, r);
    }

    /**
     * A knowledge article.
     *
     * @param domain its domain, or {@code null}
     * @param externalResourceId its id in the knowledge base
     * @param name its title
     * @param snippet the quoted passage
     * @param url its link
     * @param raw the raw detail
     */
    record Knowledge(Domain domain, String externalResourceId, String name, String snippet, String url,
            Map<String, Object> raw) implements PluginResourceDetail {
        @Override
        public ResourceType type() {
            return ResourceType.KNOWLEDGE;
        }
    }

    /**
     * A file.
     *
     * @param name its name, or {@code null}
     * @param snippet the quoted passage
     * @param url its link, or {@code null}
     * @param raw the raw detail
     */
    record File(String name, String snippet, String url, Map<String, Object> raw) implements PluginResourceDetail {
        @Override
        public ResourceType type() {
            return ResourceType.FILE;
        }
    }

    /**
     * A form.
     *
     * @param domain its domain
     * @param externalResourceId its id in the form system
     * @param name its name
     * @param raw the raw detail
     */
    record Form(Domain domain, String externalResourceId, String name, Map<String, Object> raw) implements PluginResourceDetail {
        @Override
        public ResourceType type() {
            return ResourceType.FORM;
        }
    }

    /**
     * An approval.
     *
     * @param domain its domain ({@code UNKNOWN} is common)
     * @param source where it lives, for example {@code moveworks}
     * @param approvalType the detail's {@code type}, for example {@code REQUEST_ITEM}
     * @param raw the raw detail
     */
    record Approval(Domain domain, String source, String approvalType, Map<String, Object> raw) implements PluginResourceDetail {
        @Override
        public ResourceType type() {
            return ResourceType.APPROVAL;
        }
    }

    /**
     * A ticket.
     *
     * @param domain its domain
     * @param source the ticketing system, for example {@code snow} or {@code jira_service_desk}
     * @param ticketType {@code INCIDENT}, {@code REQUEST_ITEM}, {@code HR_CASE}, ...
     * @param origin the detail's {@code type}: {@code BOT_INITIATED_TICKET}, {@code USER_INITIATED_TICKET}, or
     *     {@code null}
     * @param url its link
     * @param raw the raw detail
     */
    record Ticket(Domain domain, String source, String ticketType, String origin, String url, Map<String, Object> raw)
            implements PluginResourceDetail {
        @Override
        public ResourceType type() {
            return ResourceType.TICKET;
        }
    }

    /**
     * A resource type without a typed shape (internal knowledge, records, people, software, groups, messages,
     * uploaded content, identity systems, unspecified, and types this SDK version does not know).
     *
     * @param type the type as sent, or {@code null}
     * @param raw the raw detail, usually empty
     */
    record Other(ResourceType type, Map<String, Object> raw) implements PluginResourceDetail {
    }
}
