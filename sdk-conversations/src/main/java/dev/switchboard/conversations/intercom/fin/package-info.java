/**
 * Intercom's Fin Agent API (2.14, "Fin over API"): run Fin in your own chat product.
 * {@link dev.switchboard.conversations.intercom.fin.FinAgentClient} starts Fin, passes replies and records CSAT
 * ratings; {@link dev.switchboard.conversations.intercom.fin.FinEventStream} follows a turn's server-sent events as
 * the sealed {@link dev.switchboard.conversations.intercom.fin.FinEvent} family, which sdk-webhooks also decodes
 * webhook deliveries into.
 */
package dev.switchboard.conversations.intercom.fin;
