package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a {@link LiveChatWebhook} as the whole delivery: envelope fields and payload in one object. */
final class LiveChatWebhookSerializer extends StdSerializer<LiveChatWebhook> {
    private static final long serialVersionUID = 1L;

    LiveChatWebhookSerializer() {
        super(LiveChatWebhook.class);
    }

    @Override
    public void serialize(LiveChatWebhook value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeTree(LiveChatJson.write(value, false));
    }
}
