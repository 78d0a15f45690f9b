/**
 * Intercom's notes on contacts: list a contact's notes, add one, and read one by id; start with
 * {@link dev.switchboard.conversations.intercom.notes.NotesClient}.
 */
package dev.switchboard.conversations.intercom.notes;
