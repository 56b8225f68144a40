package vn.sen.onestop;

/**
 * An applicant's rating of how the dossier was handled (mức độ hài lòng); "không hài lòng" is the "dislike" Decision 766
 * indicator 5.4 subtracts.
 */
public enum Satisfaction {
    VERY_SATISFIED("Rất hài lòng"),
    SATISFIED("Hài lòng"),
    DISSATISFIED("Không hài lòng");

    private final String label;

    Satisfaction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
