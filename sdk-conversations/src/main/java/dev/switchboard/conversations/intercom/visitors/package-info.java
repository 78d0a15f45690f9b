/**
 * Intercom's visitors: anonymous people (usually website visitors) not yet identified; fetch one by its
 * {@code user_id}, update it, and convert it into a user or a lead; start with
 * {@link dev.switchboard.conversations.intercom.visitors.VisitorsClient}.
 */
package dev.switchboard.conversations.intercom.visitors;
