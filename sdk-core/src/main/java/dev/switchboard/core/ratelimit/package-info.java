/** Client-side rate limits with several windows at once. */
package dev.switchboard.core.ratelimit;
