package dev.switchboard.webhooks.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.tickets.Job;
import java.util.Objects;

/**
 * An asynchronous API job ({@code job.completed}, 2.14), as {@link Job} of sdk-tickets: {@link Job#resourceId()}
 * names what it created.
 *
 * @param job the job, decoded into the SDK's model
 * @param raw the item exactly as sent
 */
public record JobItem(Job job, JsonNode raw) implements IntercomItem {

    /** Checks the components and keeps a private copy of the JSON. */
    public JobItem {
        Objects.requireNonNull(job, "job");
        raw = Objects.requireNonNull(raw, "raw").deepCopy();
    }

    @Override
    public String type() {
        return "job";
    }

    @Override
    public JsonNode raw() {
        return raw.deepCopy();
    }

    @Override
    public Job model() {
        return job;
    }
}
