package dev.switchboard.webhooks.intercom;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * The topic of an Intercom notification: what happened. Constants cover every topic of the API 2.14 reference,
 * including {@code ping}, {@code conversation.operator.replied} and {@code job.completed}; topics added later (for
 * example {@code ticket.resolved}) are kept as sent.
 *
 * <pre>{@code
 * if (notification.topic().equals(IntercomTopic.TICKET_CREATED)) { ... }
 * switch (notification.topic().value()) { case "ping" -> ...; }
 * }</pre>
 */
public final class IntercomTopic extends OpenEnum {
    private static final OpenEnumValues<IntercomTopic> VALUES = new OpenEnumValues<>(IntercomTopic::new);
    /** {@code admin.added_to_workspace} */
    public static final IntercomTopic ADMIN_ADDED_TO_WORKSPACE = VALUES.known("admin.added_to_workspace");
    /** {@code admin.away_mode_updated} */
    public static final IntercomTopic ADMIN_AWAY_MODE_UPDATED = VALUES.known("admin.away_mode_updated");
    /** {@code admin.activity_log_event.created} */
    public static final IntercomTopic ADMIN_ACTIVITY_LOG_EVENT_CREATED = VALUES.known("admin.activity_log_event.created");
    /** {@code admin.removed_from_workspace} */
    public static final IntercomTopic ADMIN_REMOVED_FROM_WORKSPACE = VALUES.known("admin.removed_from_workspace");
    /** {@code admin.logged_in} */
    public static final IntercomTopic ADMIN_LOGGED_IN = VALUES.known("admin.logged_in");
    /** {@code admin.logged_out} */
    public static final IntercomTopic ADMIN_LOGGED_OUT = VALUES.known("admin.logged_out");
    /** {@code article.created} */
    public static final IntercomTopic ARTICLE_CREATED = VALUES.known("article.created");
    /** {@code article.updated} */
    public static final IntercomTopic ARTICLE_UPDATED = VALUES.known("article.updated");
    /** {@code article.published} */
    public static final IntercomTopic ARTICLE_PUBLISHED = VALUES.known("article.published");
    /** {@code article.unpublished} */
    public static final IntercomTopic ARTICLE_UNPUBLISHED = VALUES.known("article.unpublished");
    /** {@code article.deleted} */
    public static final IntercomTopic ARTICLE_DELETED = VALUES.known("article.deleted");
    /** {@code call.started} */
    public static final IntercomTopic CALL_STARTED = VALUES.known("call.started");
    /** {@code call.ended} (connected calls only) */
    public static final IntercomTopic CALL_ENDED = VALUES.known("call.ended");
    /** {@code call.transcription_available} */
    public static final IntercomTopic CALL_TRANSCRIPTION_AVAILABLE = VALUES.known("call.transcription_available");
    /** {@code call.recording_available} */
    public static final IntercomTopic CALL_RECORDING_AVAILABLE = VALUES.known("call.recording_available");
    /** {@code company.created} */
    public static final IntercomTopic COMPANY_CREATED = VALUES.known("company.created");
    /** {@code company.deleted} */
    public static final IntercomTopic COMPANY_DELETED = VALUES.known("company.deleted");
    /** {@code company.updated} */
    public static final IntercomTopic COMPANY_UPDATED = VALUES.known("company.updated");
    /** {@code company.contact.attached} */
    public static final IntercomTopic COMPANY_CONTACT_ATTACHED = VALUES.known("company.contact.attached");
    /** {@code company.contact.detached} */
    public static final IntercomTopic COMPANY_CONTACT_DETACHED = VALUES.known("company.contact.detached");
    /** {@code contact.archived} */
    public static final IntercomTopic CONTACT_ARCHIVED = VALUES.known("contact.archived");
    /** {@code contact.deleted} */
    public static final IntercomTopic CONTACT_DELETED = VALUES.known("contact.deleted");
    /** {@code contact.email.updated} */
    public static final IntercomTopic CONTACT_EMAIL_UPDATED = VALUES.known("contact.email.updated");
    /** {@code contact.lead.added_email} */
    public static final IntercomTopic CONTACT_LEAD_ADDED_EMAIL = VALUES.known("contact.lead.added_email");
    /** {@code contact.lead.created} */
    public static final IntercomTopic CONTACT_LEAD_CREATED = VALUES.known("contact.lead.created");
    /** {@code contact.lead.signed_up} */
    public static final IntercomTopic CONTACT_LEAD_SIGNED_UP = VALUES.known("contact.lead.signed_up");
    /** {@code contact.lead.updated} */
    public static final IntercomTopic CONTACT_LEAD_UPDATED = VALUES.known("contact.lead.updated");
    /** {@code contact.merged} */
    public static final IntercomTopic CONTACT_MERGED = VALUES.known("contact.merged");
    /** {@code contact.unarchive} */
    public static final IntercomTopic CONTACT_UNARCHIVE = VALUES.known("contact.unarchive");
    /** {@code contact.user.created} */
    public static final IntercomTopic CONTACT_USER_CREATED = VALUES.known("contact.user.created");
    /** {@code contact.user.updated} */
    public static final IntercomTopic CONTACT_USER_UPDATED = VALUES.known("contact.user.updated");
    /** {@code contact.lead.tag.created} */
    public static final IntercomTopic CONTACT_LEAD_TAG_CREATED = VALUES.known("contact.lead.tag.created");
    /** {@code contact.lead.tag.deleted} */
    public static final IntercomTopic CONTACT_LEAD_TAG_DELETED = VALUES.known("contact.lead.tag.deleted");
    /** {@code contact.user.tag.created} */
    public static final IntercomTopic CONTACT_USER_TAG_CREATED = VALUES.known("contact.user.tag.created");
    /** {@code contact.user.tag.deleted} */
    public static final IntercomTopic CONTACT_USER_TAG_DELETED = VALUES.known("contact.user.tag.deleted");
    /** {@code contact.subscribed} */
    public static final IntercomTopic CONTACT_SUBSCRIBED = VALUES.known("contact.subscribed");
    /** {@code contact.unsubscribed} */
    public static final IntercomTopic CONTACT_UNSUBSCRIBED = VALUES.known("contact.unsubscribed");
    /** {@code content_stat.banner} */
    public static final IntercomTopic CONTENT_STAT_BANNER = VALUES.known("content_stat.banner");
    /** {@code content_stat.carousel} */
    public static final IntercomTopic CONTENT_STAT_CAROUSEL = VALUES.known("content_stat.carousel");
    /** {@code content_stat.chat} */
    public static final IntercomTopic CONTENT_STAT_CHAT = VALUES.known("content_stat.chat");
    /** {@code content_stat.checklist} */
    public static final IntercomTopic CONTENT_STAT_CHECKLIST = VALUES.known("content_stat.checklist");
    /** {@code content_stat.custom_bot} */
    public static final IntercomTopic CONTENT_STAT_CUSTOM_BOT = VALUES.known("content_stat.custom_bot");
    /** {@code content_stat.email} */
    public static final IntercomTopic CONTENT_STAT_EMAIL = VALUES.known("content_stat.email");
    /** {@code content_stat.news_item} */
    public static final IntercomTopic CONTENT_STAT_NEWS_ITEM = VALUES.known("content_stat.news_item");
    /** {@code content_stat.post} */
    public static final IntercomTopic CONTENT_STAT_POST = VALUES.known("content_stat.post");
    /** {@code content_stat.push} */
    public static final IntercomTopic CONTENT_STAT_PUSH = VALUES.known("content_stat.push");
    /** {@code content_stat.series} */
    public static final IntercomTopic CONTENT_STAT_SERIES = VALUES.known("content_stat.series");
    /** {@code content_stat.series.webhook} */
    public static final IntercomTopic CONTENT_STAT_SERIES_WEBHOOK = VALUES.known("content_stat.series.webhook");
    /** {@code content_stat.sms} */
    public static final IntercomTopic CONTENT_STAT_SMS = VALUES.known("content_stat.sms");
    /** {@code content_stat.survey} */
    public static final IntercomTopic CONTENT_STAT_SURVEY = VALUES.known("content_stat.survey");
    /** {@code content_stat.tooltip_group} */
    public static final IntercomTopic CONTENT_STAT_TOOLTIP_GROUP = VALUES.known("content_stat.tooltip_group");
    /** {@code content_stat.tour} */
    public static final IntercomTopic CONTENT_STAT_TOUR = VALUES.known("content_stat.tour");
    /** {@code conversation.admin.assigned} */
    public static final IntercomTopic CONVERSATION_ADMIN_ASSIGNED = VALUES.known("conversation.admin.assigned");
    /** {@code conversation.admin.closed} */
    public static final IntercomTopic CONVERSATION_ADMIN_CLOSED = VALUES.known("conversation.admin.closed");
    /** {@code conversation.admin.noted} */
    public static final IntercomTopic CONVERSATION_ADMIN_NOTED = VALUES.known("conversation.admin.noted");
    /** {@code conversation.admin.open.assigned} */
    public static final IntercomTopic CONVERSATION_ADMIN_OPEN_ASSIGNED = VALUES.known("conversation.admin.open.assigned");
    /** {@code conversation.admin.opened} */
    public static final IntercomTopic CONVERSATION_ADMIN_OPENED = VALUES.known("conversation.admin.opened");
    /** {@code conversation.admin.replied} */
    public static final IntercomTopic CONVERSATION_ADMIN_REPLIED = VALUES.known("conversation.admin.replied");
    /** {@code conversation.admin.single.created} */
    public static final IntercomTopic CONVERSATION_ADMIN_SINGLE_CREATED = VALUES.known("conversation.admin.single.created");
    /** {@code conversation.admin.snoozed} */
    public static final IntercomTopic CONVERSATION_ADMIN_SNOOZED = VALUES.known("conversation.admin.snoozed");
    /** {@code conversation.admin.unsnoozed} */
    public static final IntercomTopic CONVERSATION_ADMIN_UNSNOOZED = VALUES.known("conversation.admin.unsnoozed");
    /** {@code conversation.operator.replied} (2.14: Fin or a bot replied) */
    public static final IntercomTopic CONVERSATION_OPERATOR_REPLIED = VALUES.known("conversation.operator.replied");
    /** {@code conversation.deleted} */
    public static final IntercomTopic CONVERSATION_DELETED = VALUES.known("conversation.deleted");
    /** {@code conversation.priority.updated} */
    public static final IntercomTopic CONVERSATION_PRIORITY_UPDATED = VALUES.known("conversation.priority.updated");
    /** {@code conversation.rating.added} */
    public static final IntercomTopic CONVERSATION_RATING_ADDED = VALUES.known("conversation.rating.added");
    /** {@code conversation.read} */
    public static final IntercomTopic CONVERSATION_READ = VALUES.known("conversation.read");
    /** {@code conversation.user.created} */
    public static final IntercomTopic CONVERSATION_USER_CREATED = VALUES.known("conversation.user.created");
    /** {@code conversation.user.replied} */
    public static final IntercomTopic CONVERSATION_USER_REPLIED = VALUES.known("conversation.user.replied");
    /** {@code conversation.contact.attached} */
    public static final IntercomTopic CONVERSATION_CONTACT_ATTACHED = VALUES.known("conversation.contact.attached");
    /** {@code conversation.contact.detached} */
    public static final IntercomTopic CONVERSATION_CONTACT_DETACHED = VALUES.known("conversation.contact.detached");
    /** {@code conversation_part.redacted} */
    public static final IntercomTopic CONVERSATION_PART_REDACTED = VALUES.known("conversation_part.redacted");
    /** {@code conversation_part.tag.created} */
    public static final IntercomTopic CONVERSATION_PART_TAG_CREATED = VALUES.known("conversation_part.tag.created");
    /** {@code event.created} */
    public static final IntercomTopic EVENT_CREATED = VALUES.known("event.created");
    /** {@code job.completed} (2.14: an asynchronous job finished) */
    public static final IntercomTopic JOB_COMPLETED = VALUES.known("job.completed");
    /** {@code ping} (health check; always subscribed) */
    public static final IntercomTopic PING = VALUES.known("ping");
    /** {@code granular.subscribe} */
    public static final IntercomTopic GRANULAR_SUBSCRIBE = VALUES.known("granular.subscribe");
    /** {@code granular.unsubscribe} */
    public static final IntercomTopic GRANULAR_UNSUBSCRIBE = VALUES.known("granular.unsubscribe");
    /** {@code ticket.created} */
    public static final IntercomTopic TICKET_CREATED = VALUES.known("ticket.created");
    /** {@code ticket.state.updated} */
    public static final IntercomTopic TICKET_STATE_UPDATED = VALUES.known("ticket.state.updated");
    /** {@code ticket.note.created} */
    public static final IntercomTopic TICKET_NOTE_CREATED = VALUES.known("ticket.note.created");
    /** {@code ticket.admin.assigned} */
    public static final IntercomTopic TICKET_ADMIN_ASSIGNED = VALUES.known("ticket.admin.assigned");
    /** {@code ticket.team.assigned} */
    public static final IntercomTopic TICKET_TEAM_ASSIGNED = VALUES.known("ticket.team.assigned");
    /** {@code ticket.contact.attached} */
    public static final IntercomTopic TICKET_CONTACT_ATTACHED = VALUES.known("ticket.contact.attached");
    /** {@code ticket.contact.detached} */
    public static final IntercomTopic TICKET_CONTACT_DETACHED = VALUES.known("ticket.contact.detached");
    /** {@code ticket.attribute.updated} */
    public static final IntercomTopic TICKET_ATTRIBUTE_UPDATED = VALUES.known("ticket.attribute.updated");
    /** {@code ticket.admin.replied} */
    public static final IntercomTopic TICKET_ADMIN_REPLIED = VALUES.known("ticket.admin.replied");
    /** {@code ticket.contact.replied} */
    public static final IntercomTopic TICKET_CONTACT_REPLIED = VALUES.known("ticket.contact.replied");
    /** {@code ticket.closed} */
    public static final IntercomTopic TICKET_CLOSED = VALUES.known("ticket.closed");
    /** {@code ticket.rating.provided} */
    public static final IntercomTopic TICKET_RATING_PROVIDED = VALUES.known("ticket.rating.provided");
    /** {@code visitor.signed_up} */
    public static final IntercomTopic VISITOR_SIGNED_UP = VALUES.known("visitor.signed_up");

    private IntercomTopic(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw topic
     * @return the constant, or an unknown topic that keeps the raw string
     */
    @JsonCreator
    public static IntercomTopic of(String value) {
        return VALUES.of(value);
    }

    /** @return the object family, the part before the first dot: {@code conversation}, {@code ticket}, {@code ping} */
    public String family() {
        int dot = value().indexOf('.');
        return dot < 0 ? value() : value().substring(0, dot);
    }

    /** @return whether the topic reports a reply ({@code ...replied}) */
    public boolean isReply() {
        return value().endsWith(".replied");
    }

    /** @return the topics this SDK version knows */
    public static List<IntercomTopic> knownValues() {
        return VALUES.values();
    }
}
