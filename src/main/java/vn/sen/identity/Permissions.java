package vn.sen.identity;

/**
 * The named authorities of Sen. Every use case checks one of them ({@code @PreAuthorize("hasAuthority('...')")});
 * roles are only bundles of them (see {@link Role}).
 */
public final class Permissions {

    public static final String STAFF = "STAFF";
    public static final String CITIZEN = "CITIZEN";
    public static final String ORG_READ = "ORG_READ";
    public static final String ORG_AGENCY_MANAGE = "ORG_AGENCY_MANAGE";
    public static final String ORG_UNIT_MANAGE = "ORG_UNIT_MANAGE";
    public static final String CALENDAR_MANAGE = "CALENDAR_MANAGE";
    public static final String ACCOUNT_MANAGE = "ACCOUNT_MANAGE";
    public static final String AUDIT_READ = "AUDIT_READ";
    public static final String DELEGATE = "DELEGATE";
    // eOffice and one-stop authorities, granted now so that roles and delegations are complete.
    public static final String DOC_REGISTER = "DOC_REGISTER";
    public static final String DOC_ASSIGN = "DOC_ASSIGN";
    public static final String DOC_PROCESS = "DOC_PROCESS";
    public static final String DOC_REVIEW = "DOC_REVIEW";
    public static final String DOC_SIGN = "DOC_SIGN";
    public static final String DOC_ISSUE = "DOC_ISSUE";
    public static final String DOSSIER_RECEIVE = "DOSSIER_RECEIVE";
    public static final String DOSSIER_PROCESS = "DOSSIER_PROCESS";
    /** Edit the catalogue of administrative procedures (thủ tục hành chính) of one's agency, or of all. */
    public static final String PROCEDURE_MANAGE = "PROCEDURE_MANAGE";

    private Permissions() {}
}
