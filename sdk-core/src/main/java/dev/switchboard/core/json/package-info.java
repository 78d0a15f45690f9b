/**
 * JSON conventions: one immutable configuration ({@link dev.switchboard.core.json.Json}), open enums
 * ({@link dev.switchboard.core.json.OpenEnum}), the tri-state {@link dev.switchboard.core.json.Patch}, and
 * timestamps as {@link java.time.Instant} from epoch seconds or ISO-8601.
 */
package dev.switchboard.core.json;
