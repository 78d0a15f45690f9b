package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/**
 * A stateful fake of Intercom's reporting data export (API 2.14) on a {@link FakeServer}. Datasets {@code conversation}
 * and {@code admin_status_change} can be exported; an enqueued job stays {@code pending} for a number of status polls
 * (default 2) and then is {@code complete} (or {@code failed}, on demand); its download is a real {@code .tgz}: a gzip
 * of a tar holding one CSV, {@code <dataset>.csv}, with the selected attributes as its header. A sixth pending job is
 * refused with Intercom's {@code 429 rate_limit_exceeded} "Exceeded rate limit of 5 pending reporting dataset export
 * jobs". The download insists on exactly one {@code Accept: application/octet-stream} (else {@code 406}).
 *
 * <pre>{@code
 * try (FakeIntercomReporting fake = FakeIntercomReporting.start()) {
 *     IntercomConnection c = IntercomConnection.builder().accessToken(FakeIntercomReporting.TOKEN).baseUrl(fake.baseUrl()).build();
 *     ...
 * }
 * }</pre>
 */
public final class FakeIntercomReporting extends FakeIntercomPart {
    /** The access token the fake accepts unless another is given. */
    public static final String TOKEN = "fake-intercom-token";
    /** The most jobs that may be pending at once, as Intercom documents. */
    public static final int MAX_PENDING = 5;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Map<String, List<String>> datasets = new LinkedHashMap<>();
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private int pollsUntilDone = 2;
    private boolean failNextJob;
    private int extraRows = 3;

    private static final class Job {
        final String id;
        final String dataset;
        final List<String> attributes;
        String status = "pending";
        int pollsLeft;
        boolean failing;

        Job(String id, String dataset, List<String> attributes) {
            this.id = id;
            this.dataset = dataset;
            this.attributes = attributes;
        }
    }

    private FakeIntercomReporting(FakeServer server, boolean ownsServer, String token) {
        super(server, ownsServer, token);
        datasets.put("conversation", List.of("conversation_id", "conversation_started_at", "channel", "state"));
        datasets.put("admin_status_change", List.of("admin_id", "status", "changed_at"));
        route("GET", "/export/reporting_data/get_datasets", r -> FakeResponse.json(datasetList()));
        route("POST", "/export/reporting_data/enqueue", this::enqueue);
        route("GET", "/export/reporting_data/{job_identifier}", this::status);
        route("GET", "/download/reporting_data/{job_identifier}", this::download);
    }

    /** @return a fake on its own server, accepting {@link #TOKEN} */
    public static FakeIntercomReporting start() {
        return new FakeIntercomReporting(FakeServer.start(), true, TOKEN);
    }

    /**
     * Adds the reporting export routes to an existing server.
     *
     * @param server the server; not closed by this fake
     * @param token the access token to accept
     * @return the fake
     */
    public static FakeIntercomReporting on(FakeServer server, String token) {
        return new FakeIntercomReporting(Objects.requireNonNull(server, "server"), false, Objects.requireNonNull(token, "token"));
    }

    /**
     * @param polls how many status polls a job stays pending before it finishes (default 2)
     * @return this fake
     */
    public synchronized FakeIntercomReporting jobsFinishAfter(int polls) {
        this.pollsUntilDone = polls;
        return this;
    }

    /** @return this fake; the next enqueued job will end {@code failed} */
    public synchronized FakeIntercomReporting failNextJob() {
        this.failNextJob = true;
        return this;
    }

    /**
     * @param rows how many data rows each exported CSV has (default 3); large values make multi-megabyte files
     * @return this fake
     */
    public synchronized FakeIntercomReporting rowsPerExport(int rows) {
        this.extraRows = rows;
        return this;
    }

    /** @return how many jobs are pending */
    public synchronized int pendingJobs() {
        return (int) jobs.values().stream().filter(j -> j.status.equals("pending")).count();
    }

    /**
     * The CSV inside a job's archive, for checking a download.
     *
     * @param jobIdentifier the job
     * @return the CSV text
     * @throws IllegalArgumentException if there is no such job
     */
    public synchronized String csvOf(String jobIdentifier) {
        Job job = jobs.get(jobIdentifier);
        if (job == null) {
            throw new IllegalArgumentException("no job " + jobIdentifier);
        }
        return csv(job);
    }

    private ObjectNode datasetList() {
        ObjectNode out = F.objectNode();
        out.put("type", "list");
        ArrayNode data = out.putArray("data");
        datasets.forEach((id, attributes) -> {
            ObjectNode d = data.addObject();
            d.put("id", id);
            d.put("name", id.equals("conversation") ? "Conversation" : "Admin status change");
            d.put("description", id.equals("conversation") ? "Conversation-level details: status, channel, assignee."
                    : "Every change of an admin's status.");
            d.put("default_time_attribute_id", attributes.get(attributes.size() - 1));
            ArrayNode attrs = d.putArray("attributes");
            for (String a : attributes) {
                ObjectNode attr = attrs.addObject();
                attr.put("id", a);
                attr.put("name", a.replace('_', ' '));
            }
        });
        return out;
    }

    private FakeResponse enqueue(FakeRequest r) {
        JsonNode b = FakeParams.jsonBody(r);
        if (!b.hasNonNull("dataset_id")) {
            throw IntercomAccess.error(400, "bad_request", "'dataset_id' is a required parameter");
        }
        String dataset = b.get("dataset_id").asText();
        List<String> known = datasets.get(dataset);
        if (known == null) {
            throw IntercomAccess.error(400, "bad_request", dataset + " is not a valid dataset_id");
        }
        JsonNode ids = b.path("attribute_ids");
        if (ids.isMissingNode() || ids.isNull()) {
            throw IntercomAccess.error(400, "bad_request", "'attribute_ids' is a required parameter");
        }
        if (!ids.isArray()) {
            throw IntercomAccess.error(400, "bad_request", "'attribute_ids' not an array must be of type Array");
        }
        if (ids.isEmpty()) {
            throw IntercomAccess.error(400, "bad_request", "attribute_ids must contain at least one attribute_id");
        }
        List<String> attributes = new ArrayList<>();
        for (JsonNode id : ids) {
            if (!known.contains(id.asText())) {
                throw IntercomAccess.error(400, "bad_request", "attribute_ids invalid for " + dataset + " dataset: "
                        + id.asText());
            }
            attributes.add(id.asText());
        }
        for (String t : List.of("start_time", "end_time")) {
            if (!b.path(t).isIntegralNumber()) {
                throw IntercomAccess.error(400, "bad_request", "'" + t + "' is a required parameter");
            }
        }
        if (pendingJobs() >= MAX_PENDING) {
            throw IntercomAccess.error(429, "rate_limit_exceeded",
                    "Exceeded rate limit of " + MAX_PENDING + " pending reporting dataset export jobs");
        }
        Job job = new Job("job" + (jobs.size() + 1), dataset, attributes);
        job.pollsLeft = pollsUntilDone;
        job.failing = failNextJob;
        failNextJob = false;
        jobs.put(job.id, job);
        return FakeResponse.json(json(job));
    }

    private FakeResponse status(FakeRequest r) {
        String id = r.pathParam("job_identifier");
        Job job = jobs.get(id);
        if (job == null) {
            throw IntercomAccess.error(404, "not_found", "Export job not found for identifier: " + id);
        }
        if (job.status.equals("pending")) {
            if (job.pollsLeft <= 0) {
                job.status = job.failing ? "failed" : "complete";
            } else {
                job.pollsLeft--;
            }
        }
        return FakeResponse.json(json(job));
    }

    private FakeResponse download(FakeRequest r) {
        String id = r.pathParam("job_identifier");
        Job job = jobs.get(id);
        if (job == null || !job.status.equals("complete")) {
            throw IntercomAccess.error(404, "not_found", "Export job not found for identifier: " + id);
        }
        List<String> accept = r.headers("Accept");
        if (accept.size() != 1 || !accept.get(0).equals("application/octet-stream")) {
            throw IntercomAccess.error(406, "bad_request", "Accept must be application/octet-stream, was " + accept);
        }
        return FakeResponse.bytes(200, "application/octet-stream", tgz(job.dataset + ".csv",
                csv(job).getBytes(StandardCharsets.UTF_8)));
    }

    private ObjectNode json(Job job) {
        ObjectNode o = F.objectNode();
        o.put("job_identifier", job.id);
        o.put("status", job.status);
        o.put("download_url", job.status.equals("complete") ? url("/download/reporting_data/" + job.id) : "");
        o.put("download_expires_at", job.status.equals("complete") ? "2026-05-02T12:00:00Z" : "");
        return o;
    }

    private String csv(Job job) {
        StringBuilder s = new StringBuilder(String.join(",", job.attributes)).append('\n');
        for (int row = 0; row < extraRows; row++) {
            for (int c = 0; c < job.attributes.size(); c++) {
                s.append(c == 0 ? "" : ",").append(job.attributes.get(c)).append('-').append(row);
            }
            s.append('\n');
        }
        return s.toString();
    }

    /**
     * A gzip-compressed tar archive holding one file.
     *
     * @param name the file's name inside the archive
     * @param content its bytes
     * @return the {@code .tgz} bytes
     */
    public static byte[] tgz(String name, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            byte[] header = new byte[512];
            put(header, 0, name, 100);
            put(header, 100, "0000644", 8);
            put(header, 108, "0000000", 8);
            put(header, 116, "0000000", 8);
            put(header, 124, String.format("%011o", content.length), 12);
            put(header, 136, String.format("%011o", 1_777_636_800L), 12);
            for (int i = 148; i < 156; i++) {
                header[i] = ' ';
            }
            header[156] = '0';
            put(header, 257, "ustar", 6);
            put(header, 263, "00", 2);
            int sum = 0;
            for (byte b : header) {
                sum += b & 0xff;
            }
            put(header, 148, String.format("%06o", sum), 7);
            gz.write(header);
            gz.write(content);
            gz.write(new byte[(512 - content.length % 512) % 512]);
            gz.write(new byte[1024]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(byte[] header, int offset, String value, int max) {
        byte[] v = value.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(v, 0, header, offset, Math.min(v.length, max));
    }
}
