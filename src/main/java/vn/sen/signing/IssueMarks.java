package vn.sen.signing;

/**
 * What the clerk's numbering writes into page 1 of a signed document before the agency signs it (Decree 30/2020
 * Appendix I cells 3 and 4).
 *
 * @param numberLine e.g. {@code Số: 05/QĐ-SKHCN}
 * @param placeDateLine e.g. {@code Sen Hồng, ngày 05 tháng 02 năm 2026}
 */
public record IssueMarks(String numberLine, String placeDateLine) {}
