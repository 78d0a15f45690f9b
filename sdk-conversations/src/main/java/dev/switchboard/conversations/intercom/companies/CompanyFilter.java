package dev.switchboard.conversations.intercom.companies;

import dev.switchboard.core.spi.Checks;

/**
 * The query of {@code GET /companies}: companies by {@code name} or {@code company_id} (to find one), or by
 * {@code tag_id} or {@code segment_id} (to list them), and the page size. Filters can be combined; only those set are
 * sent.
 *
 * <pre>{@code
 * companies.retrieve(CompanyFilter.byCompanyId("acme-1"));
 * companies.retrieve(CompanyFilter.bySegmentId("98765").perPage(50));
 * }</pre>
 *
 * @param name the {@code name} to match, or {@code null}
 * @param companyId the {@code company_id} to match, or {@code null}
 * @param tagId the {@code tag_id} the companies carry, or {@code null}
 * @param segmentId the {@code segment_id} the companies are in, or {@code null}
 * @param perPage {@code per_page} (Intercom's default is 15), or {@code null}
 */
public record CompanyFilter(String name, String companyId, String tagId, String segmentId, Integer perPage) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a filter is given and blank, or {@code perPage} is below 1
     */
    public CompanyFilter {
        check(name, "name");
        check(companyId, "companyId");
        check(tagId, "tagId");
        check(segmentId, "segmentId");
        if (perPage != null && perPage < 1) {
            throw new IllegalArgumentException("perPage must be at least 1, was " + perPage);
        }
    }

    private static void check(String value, String name) {
        if (value != null) {
            Checks.notBlank(value, name);
        }
    }

    /**
     * @param name the company's name
     * @return a filter by {@code name}
     * @throws IllegalArgumentException if it is blank
     */
    public static CompanyFilter byName(String name) {
        return new CompanyFilter(Checks.notBlank(name, "name"), null, null, null, null);
    }

    /**
     * @param companyId the id you gave the company
     * @return a filter by {@code company_id}
     * @throws IllegalArgumentException if it is blank
     */
    public static CompanyFilter byCompanyId(String companyId) {
        return new CompanyFilter(null, Checks.notBlank(companyId, "companyId"), null, null, null);
    }

    /**
     * @param tagId a tag's id
     * @return a filter by {@code tag_id}
     * @throws IllegalArgumentException if it is blank
     */
    public static CompanyFilter byTagId(String tagId) {
        return new CompanyFilter(null, null, Checks.notBlank(tagId, "tagId"), null, null);
    }

    /**
     * @param segmentId a segment's id
     * @return a filter by {@code segment_id}
     * @throws IllegalArgumentException if it is blank
     */
    public static CompanyFilter bySegmentId(String segmentId) {
        return new CompanyFilter(null, null, null, Checks.notBlank(segmentId, "segmentId"), null);
    }

    /**
     * @param tag a tag's id
     * @return a copy that also filters by {@code tag_id}
     * @throws IllegalArgumentException if it is blank
     */
    public CompanyFilter tagId(String tag) {
        return new CompanyFilter(name, companyId, Checks.notBlank(tag, "tagId"), segmentId, perPage);
    }

    /**
     * @param segment a segment's id
     * @return a copy that also filters by {@code segment_id}
     * @throws IllegalArgumentException if it is blank
     */
    public CompanyFilter segmentId(String segment) {
        return new CompanyFilter(name, companyId, tagId, Checks.notBlank(segment, "segmentId"), perPage);
    }

    /**
     * @param size companies per page, at least 1
     * @return a copy with that {@code per_page}
     * @throws IllegalArgumentException if it is below 1
     */
    public CompanyFilter perPage(int size) {
        return new CompanyFilter(name, companyId, tagId, segmentId, size);
    }
}
