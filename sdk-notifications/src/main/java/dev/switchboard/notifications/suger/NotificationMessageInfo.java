package dev.switchboard.notifications.suger;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * The content of a {@link NotificationMessage}: a typed view over its {@code info} object (see {@link JsonModel}).
 * A field the server left out stays out when the message is written back, and one sent as {@code null} stays
 * {@code null}; {@code json().containsKey(name)} tells the two apart.
 */
public final class NotificationMessageInfo extends JsonModel {

    /** @param json the {@code info} object as sent */
    public NotificationMessageInfo(JsonObject json) {
        super(json);
    }

    /**
     * @return the action the message is about, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code action} is not a string
     */
    public NotificationEventAction action() {
        return openEnum("action", NotificationEventAction::of);
    }

    /**
     * @return the recipients in copy, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code ccRecipients} is not an array
     */
    public List<String> ccRecipients() {
        return strings("ccRecipients");
    }

    /**
     * @return all other fields, JSON types kept, or {@code null}; a read-only {@link JsonObject}
     * @throws dev.switchboard.core.DecodeException if {@code customFields} is not an object
     */
    public Map<String, Object> customFields() {
        return rawObject("customFields");
    }

    /**
     * @return the HTML body of an email, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code htmlContent} is not a string
     */
    public String htmlContent() {
        return string("htmlContent");
    }

    /**
     * @return further recipients, as the spec names them ({@code rccRecipients}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code rccRecipients} is not an array
     */
    public List<String> rccRecipients() {
        return strings("rccRecipients");
    }

    /**
     * @return the standard fields the email was rendered with, JSON types kept, or {@code null}; a read-only
     *     {@link JsonObject}
     * @throws dev.switchboard.core.DecodeException if {@code standardFields} is not an object
     */
    public Map<String, Object> standardFields() {
        return rawObject("standardFields");
    }

    /**
     * @return the subject, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code subject} is not a string
     */
    public String subject() {
        return string("subject");
    }

    /**
     * @return the plain-text body, for email clients without HTML, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code textContent} is not a string
     */
    public String textContent() {
        return string("textContent");
    }
}
