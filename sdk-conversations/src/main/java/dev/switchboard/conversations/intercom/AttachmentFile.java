package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.spi.Checks;
import java.util.Base64;

/**
 * A file uploaded with a reply ({@code conversation_attachment_files}): its content travels base64-encoded in the
 * JSON body.
 *
 * @param contentType its media type, for example {@code application/pdf}
 * @param data the content, base64-encoded
 * @param name the file name
 */
public record AttachmentFile(
        @JsonProperty("content_type") String contentType,
        @JsonProperty("data") String data,
        @JsonProperty("name") String name) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a component is blank
     */
    public AttachmentFile {
        Checks.notBlank(contentType, "attachment contentType");
        Checks.notBlank(data, "attachment data");
        Checks.notBlank(name, "attachment name");
    }

    /**
     * @param name the file name
     * @param contentType its media type
     * @param content the bytes, encoded here
     * @return the attachment
     */
    public static AttachmentFile of(String name, String contentType, byte[] content) {
        return new AttachmentFile(contentType, Base64.getEncoder().encodeToString(content), name);
    }

    /** @return the file name, media type and encoded size, never the content */
    @Override
    public String toString() {
        return "AttachmentFile[" + name + ", " + contentType + ", " + data.length() + " base64 chars]";
    }
}
