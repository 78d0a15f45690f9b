/**
 * Intercom's companies: create or update by your {@code company_id}, get, update, delete, find by name, id, tag or
 * segment, list by page, scroll over all of them, list a company's contacts and segments, and attach or detach a
 * contact; start with {@link dev.switchboard.conversations.intercom.companies.CompaniesClient}.
 */
package dev.switchboard.conversations.intercom.companies;
