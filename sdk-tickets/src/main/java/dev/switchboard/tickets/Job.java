package dev.switchboard.tickets;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.Optional;

/**
 * An asynchronous job (2.14): creating a ticket with {@code enqueue} returns one, and polling it tells when the
 * ticket exists. A typed view over its JSON; {@code resource_id} and {@code resource_url} are {@code null} until the
 * job has succeeded.
 */
public final class Job extends JsonModel {

    /** @param json the job as sent */
    public Job(JsonObject json) {
        super(json);
    }

    /** @return {@code job} */
    public String type() {
        return string("type");
    }

    /** @return the job's id */
    public String id() {
        return id("id");
    }

    /** @return the URL to poll */
    public String url() {
        return string("url");
    }

    /** @return {@code pending}, {@code in_progress}, {@code success}, {@code failed}, or a value this SDK does not know */
    public JobStatus status() {
        return openEnum("status", JobStatus::of);
    }

    /** @return what the job creates, for example {@code ticket} */
    public String resourceType() {
        return string("resource_type");
    }

    /** @return the created resource's id, once the job succeeded */
    public String resourceId() {
        return id("resource_id");
    }

    /** @return the created resource's URL, once the job succeeded */
    public String resourceUrl() {
        return string("resource_url");
    }

    /** @return whether the job succeeded or failed */
    public boolean isFinished() {
        JobStatus s = status();
        return JobStatus.SUCCESS.equals(s) || JobStatus.FAILED.equals(s);
    }

    /** @return the created resource's id, once there is one */
    public Optional<String> createdId() {
        return Optional.ofNullable(resourceId());
    }
}
