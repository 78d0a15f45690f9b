/**
 * The transport: {@link dev.switchboard.core.http.Transport} sends {@link dev.switchboard.core.http.ApiRequest}s
 * configured by a {@link dev.switchboard.core.http.ClientConfig}, with per-request
 * {@link dev.switchboard.core.http.RequestOptions}; responses come back decoded
 * ({@link dev.switchboard.core.http.ApiResponse}) or raw ({@link dev.switchboard.core.http.HttpResponse}).
 */
package dev.switchboard.core.http;
