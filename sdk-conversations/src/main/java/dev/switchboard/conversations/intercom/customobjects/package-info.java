/**
 * Intercom's custom object instances: create or update an instance of a custom object type (such as {@code Order}) by
 * its external id, fetch it by Intercom's id or the external id, and delete it either way; start with
 * {@link dev.switchboard.conversations.intercom.customobjects.CustomObjectInstancesClient}.
 */
package dev.switchboard.conversations.intercom.customobjects;
