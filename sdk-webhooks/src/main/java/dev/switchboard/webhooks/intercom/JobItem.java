package dev.switchboard.webhooks.intercom;

import dev.switchboard.core.json.JsonObject;
import dev.switchboard.tickets.Job;
import java.util.Objects;

/**
 * A job ({@code job.*} topics, for example a ticket created by {@code enqueue}), as {@link Job} of sdk-tickets.
 *
 * @param job the job: a view over the item's JSON
 */
public record JobItem(Job job) implements IntercomItem {

    /** Checks the component. */
    public JobItem {
        Objects.requireNonNull(job, "job");
    }

    @Override
    public String type() {
        return "job";
    }

    @Override
    public JsonObject raw() {
        return job.json();
    }

    @Override
    public Job model() {
        return job;
    }
}
