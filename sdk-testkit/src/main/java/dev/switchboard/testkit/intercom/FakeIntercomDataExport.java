package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.Handler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/**
 * A stateful fake of Intercom's content data export (API 2.14) on a {@link FakeServer}.
 *
 * <ul>
 *   <li>{@code POST /export/content/data}: integer {@code created_at_after} and {@code created_at_before} (not
 *       reversed); one active job per workspace: a second create while one is {@code pending} or
 *       {@code in_progress} answers {@code 429 rate_limit_exceeded} "Exceeded rate limit of 1 pending message data
 *       export jobs". A job starts {@code pending} with {@code download_url} and {@code download_expires_at} as
 *       {@code ""}.</li>
 *   <li>{@code GET /export/content/data/{id}}: each read moves a job on: {@code in_progress}, then {@code completed}
 *       after {@link #completeAfter(int) a few reads} (or {@code no_data} when {@link #nextJobHasNoData()} was asked),
 *       with the download URL on this server and an expiry two days later (epoch seconds as a string).</li>
 *   <li>{@code POST /export/cancel/{id}}: the job becomes {@code canceled}.</li>
 *   <li>{@code GET /download/content/data/{id}}: needs {@code Accept: application/octet-stream} (else
 *       {@code 400}); a completed job's gzipped CSV as {@code application/octet-stream}; {@code 404} before it is
 *       complete or for an unknown job.</li>
 * </ul>
 */
public final class FakeIntercomDataExport extends FakeIntercomPart {
    /** The access token the fake accepts unless another is given. */
    public static final String TOKEN = "fake-intercom-token";
    /** The header row of every exported CSV. */
    public static final String CSV_HEADER = "content_id,content_type,user_id,received_at,opened_at,clicked_at";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final long TWO_DAYS = 172_800L;

    private final Clock clock;
    private final Map<String, ObjectNode> jobs = new LinkedHashMap<>();
    private final Map<String, Integer> readsLeft = new LinkedHashMap<>();
    private final Map<String, long[]> windows = new LinkedHashMap<>();
    private int completeAfter = 2;
    private boolean noData;
    private int count;

    private FakeIntercomDataExport(FakeServer server, boolean ownsServer, String token, Clock clock) {
        super(server, ownsServer, token);
        this.clock = clock;
        route("POST", "/export/content/data", this::create);
        route("GET", "/export/content/data/{job_identifier}", r -> FakeResponse.json(poll(job(r))));
        route("POST", "/export/cancel/{job_identifier}", r -> {
            ObjectNode job = job(r);
            job.put("status", "canceled");
            job.put("download_url", "");
            job.put("download_expires_at", "");
            return FakeResponse.json(job);
        });
        route("GET", "/download/content/data/{job_identifier}", this::download);
    }

    /** @return a fake on its own server, accepting {@link #TOKEN}, on the system clock */
    public static FakeIntercomDataExport start() {
        return new FakeIntercomDataExport(FakeServer.start(), true, TOKEN, Clock.systemUTC());
    }

    /**
     * Adds the content data export routes to an existing server.
     *
     * @param server the server; not closed by this fake
     * @param token the access token to accept
     * @param clock what "now" is for the download's expiry
     * @return the fake
     */
    public static FakeIntercomDataExport on(FakeServer server, String token, Clock clock) {
        return new FakeIntercomDataExport(Objects.requireNonNull(server, "server"), false,
                Objects.requireNonNull(token, "token"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * @param reads how many status reads a new job takes to complete (default 2: {@code in_progress}, then
     *     {@code completed}); 0 completes it at its first read
     * @return this fake
     */
    public synchronized FakeIntercomDataExport completeAfter(int reads) {
        this.completeAfter = reads;
        return this;
    }

    /** @return this fake; the next job ends {@code no_data} instead of {@code completed} */
    public synchronized FakeIntercomDataExport nextJobHasNoData() {
        this.noData = true;
        return this;
    }

    /**
     * @param jobIdentifier a job
     * @return the CSV the job's download holds (before gzip), for comparing with what a client saved
     */
    public synchronized String csv(String jobIdentifier) {
        long[] w = windows.get(jobIdentifier);
        StringBuilder b = new StringBuilder(CSV_HEADER).append('\n');
        for (int k = 0; w != null && k < 3; k++) {
            long at = w[0] + k * 60L;
            b.append("content-").append(k + 1).append(",email,user-").append(k + 1).append(',').append(at).append(',')
                    .append(at + 30).append(',').append(k == 0 ? "" : String.valueOf(at + 45)).append('\n');
        }
        return b.toString();
    }

    private FakeResponse create(FakeRequest r) {
        JsonNode b = FakeParams.jsonBody(r);
        if (!b.path("created_at_after").isIntegralNumber() || !b.path("created_at_before").isIntegralNumber()) {
            throw IntercomAccess.error(400, "parameter_invalid", "created_at_after and created_at_before are required");
        }
        long after = b.get("created_at_after").asLong();
        long before = b.get("created_at_before").asLong();
        if (before < after) {
            throw IntercomAccess.error(400, "parameter_invalid", "created_at_before must not be before created_at_after");
        }
        for (ObjectNode j : jobs.values()) {
            String s = j.path("status").asText();
            if (s.equals("pending") || s.equals("in_progress")) {
                throw IntercomAccess.error(429, "rate_limit_exceeded",
                        "Exceeded rate limit of 1 pending message data export jobs");
            }
        }
        String id = String.format("cdx%013d", ++count);
        ObjectNode job = F.objectNode();
        job.put("job_identifier", id);
        job.put("status", "pending");
        job.put("download_url", "");
        job.put("download_expires_at", "");
        jobs.put(id, job);
        readsLeft.put(id, completeAfter);
        windows.put(id, new long[] {after, before, noData ? 1 : 0});
        noData = false;
        return FakeResponse.json(job);
    }

    private ObjectNode job(FakeRequest r) {
        ObjectNode job = jobs.get(r.pathParam("job_identifier"));
        if (job == null) {
            throw IntercomAccess.error(404, "not_found", "Export job not found");
        }
        return job;
    }

    private ObjectNode poll(ObjectNode job) {
        String id = job.path("job_identifier").asText();
        String s = job.path("status").asText();
        if (!s.equals("pending") && !s.equals("in_progress")) {
            return job;
        }
        int left = readsLeft.get(id) - 1;
        readsLeft.put(id, left);
        if (left > 0) {
            job.put("status", "in_progress");
        } else if (windows.get(id)[2] == 1) {
            job.put("status", "no_data");
        } else {
            job.put("status", "completed");
            job.put("download_url", url("/download/content/data/" + id));
            job.put("download_expires_at", String.valueOf(clock.instant().getEpochSecond() + TWO_DAYS));
        }
        return job;
    }

    private FakeResponse download(FakeRequest r) {
        String accept = r.header("Accept");
        if (accept == null || !accept.contains("application/octet-stream")) {
            throw IntercomAccess.error(400, "parameter_invalid", "Accept: application/octet-stream is required");
        }
        ObjectNode job = job(r);
        if (!"completed".equals(job.path("status").asText())) {
            throw IntercomAccess.error(404, "not_found", "Export not available");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(csv(job.path("job_identifier").asText()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return FakeResponse.bytes(200, "application/octet-stream", bytes.toByteArray());
    }
}
