package dev.switchboard.notifications.suger;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.List;
import java.util.Map;

/**
 * The content of a {@link NotificationMessage}. Writes {@code null} components back as {@code null}.
 *
 * @param action the action the message is about
 * @param ccRecipients recipients in copy
 * @param customFields all other fields, JSON types kept
 * @param htmlContent the HTML body of an email
 * @param rccRecipients further recipients, as the spec names them ({@code rccRecipients})
 * @param standardFields the standard fields the email was rendered with, JSON types kept
 * @param subject the subject
 * @param textContent the plain-text body, for email clients without HTML
 * @param extra fields this SDK version does not know, kept for the round trip
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record NotificationMessageInfo(
        @JsonProperty("action") NotificationEventAction action,
        @JsonProperty("ccRecipients") List<String> ccRecipients,
        @JsonProperty("customFields") Map<String, Object> customFields,
        @JsonProperty("htmlContent") String htmlContent,
        @JsonProperty("rccRecipients") List<String> rccRecipients,
        @JsonProperty("standardFields") Map<String, Object> standardFields,
        @JsonProperty("subject") String subject,
        @JsonProperty("textContent") String textContent,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Makes the lists and maps unmodifiable; {@code null} stays {@code null}. */
    public NotificationMessageInfo {
        ccRecipients = Models.list(ccRecipients);
        customFields = Models.map(customFields);
        rccRecipients = Models.list(rccRecipients);
        standardFields = Models.map(standardFields);
        extra = Extras.of(extra);
    }
}
