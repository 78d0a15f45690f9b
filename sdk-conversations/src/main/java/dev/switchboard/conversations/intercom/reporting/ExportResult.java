package dev.switchboard.conversations.intercom.reporting;

/**
 * A finished export: the completed job and how many bytes of its {@code .tgz} were written.
 *
 * @param job the job, with status {@code complete}
 * @param bytes the size of the downloaded file
 */
public record ExportResult(ExportJob job, long bytes) {
}
