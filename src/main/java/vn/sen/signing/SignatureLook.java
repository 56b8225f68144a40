package vn.sen.signing;

/** Which of the Decree 30/2020 Appendix I signature appearances a signature takes. */
public enum SignatureLook {
    /**
     * The competent person's signature (chữ ký số của người có thẩm quyền): their blue handwritten image, centred
     * between the title line and their name (§II.7.d).
     */
    PERSON,
    /**
     * The agency's signature on the document (chữ ký số của cơ quan): the red seal at its real size, overlapping about
     * one third of the person's signature image on its left (§II.8.a).
     */
    AGENCY,
    /**
     * The agency's signature on an attachment or separate appendix: top right of page 1, no image, the number and
     * notation and the signing time in ISO 8601 with +07:00, Times New Roman 10 black (§II.8.b).
     */
    ATTACHMENT
}
