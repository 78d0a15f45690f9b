/**
 * Intercom's reporting data export (new in 2.14): list the datasets and their attributes, enqueue an export of a
 * time window, poll its status and stream the finished {@code .tgz} to a file or stream; start with
 * {@link dev.switchboard.conversations.intercom.reporting.ReportingDataExportClient}.
 */
package dev.switchboard.conversations.intercom.reporting;
