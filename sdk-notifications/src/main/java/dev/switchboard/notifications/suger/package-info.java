/**
 * Suger's notification API: {@link dev.switchboard.notifications.suger.Suger} lists an organization's
 * {@link dev.switchboard.notifications.suger.NotificationEvent notification events} (by date window, priority and
 * message, or by entity) and its {@link dev.switchboard.notifications.suger.NotificationMessage notification messages}.
 *
 * <ul>
 *   <li>Every model is a typed view over the JSON it was decoded from: every field of the spec has a typed
 *       accessor, and writing a model back gives exactly the JSON received (unknown fields, nulls, absences,
 *       numbers and timestamps as sent). A field of an unexpected type fails only its own accessor, with a
 *       {@link dev.switchboard.core.DecodeException} naming its path.</li>
 *   <li>Every enum is open: values added or removed by the server never break decoding, an unknown value keeps its
 *       raw string, and {@code ""} is the constant {@code EMPTY}.</li>
 *   <li>The {@code priorities} filter is always sent (the server's default changed from all priorities to HIGH and
 *       CRITICAL only).</li>
 *   <li>Listings page over {@code offset} / {@code nextOffset}; the first page's {@code totalCount} is exposed.</li>
 * </ul>
 */
package dev.switchboard.notifications.suger;
