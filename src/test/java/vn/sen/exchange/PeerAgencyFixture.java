package vn.sen.exchange;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sets up, on the receiving installation (B), the agency that the sending installation (A) writes to: an agency of
 * its own with a code no demo agency has, so that the code is local at B only and external at A. Everything goes
 * through B's real administration APIs as B's system administrator ({@code admin}):
 *
 * <ol>
 *   <li>{@code POST /api/v1/agencies} the agency {@value #CODE} (edXML {@value #EDXML_CODE});
 *   <li>{@code POST /api/v1/units} its office (Văn phòng) and {@code POST /api/v1/positions} two positions;
 *   <li>{@code POST /api/v1/accounts} its clerk (role {@code CLERK}: {@code DOC_REGISTER}) and its director (role
 *       {@code AGENCY_LEADER}: {@code DOC_ASSIGN}), password {@value SenInstance#DEMO_PASSWORD}.
 * </ol>
 */
final class PeerAgencyFixture {

    /** The peer agency's QĐ 20 code. */
    static final String CODE = "H98.01";
    /** The same code as edXML writes it ({@code OrganId}). */
    static final String EDXML_CODE = "000.00.01.H98";

    static final String NAME = "Sở Tài chính tỉnh Sen Trắng";
    static final String CLERK = "vanthu.h98";
    static final String LEADER = "giamdoc.h98";

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);

    private PeerAgencyFixture() {}

    /** The peer agency as created at B, with its office and the two accounts. */
    record PeerAgency(UUID agencyId, UUID officeId, UUID clerkId, UUID leaderId) {}

    static PeerAgency createAt(SenInstance b) {
        String admin = b.bearer("admin");
        InstanceApi api = b.api();
        UUID agencyId = agencyAt(b, CODE, NAME);
        UUID officeId = api.post(
                        "/api/v1/units",
                        admin,
                        Map.of(
                                "agencyId", agencyId,
                                "name", "Văn phòng Sở",
                                "shortCode", "VP",
                                "kind", "OFFICE",
                                "validFrom", FROM.toString()))
                .expect(201)
                .id("/id");
        UUID clerkPosition = position(api, admin, agencyId, "Văn thư", false, 70);
        UUID directorPosition = position(api, admin, agencyId, "Giám đốc", true, 10);
        UUID clerkId = account(api, admin, CLERK, "Ngô Thị Văn Thư", agencyId, officeId, clerkPosition, "CLERK");
        UUID leaderId = account(api, admin, LEADER, "Bùi Văn Giám", agencyId, null, directorPosition, "AGENCY_LEADER");
        return new PeerAgency(agencyId, officeId, clerkId, leaderId);
    }

    /** Another agency at B, without accounts: it receives, and only B's database is looked at for what it got. */
    static UUID agencyAt(SenInstance b, String code, String name) {
        return b.api()
                .post("/api/v1/agencies", b.bearer("admin"), agency(code, name))
                .expect(201)
                .id("/id");
    }

    private static Map<String, Object> agency(String code, String name) {
        return Map.of(
                "code",
                code,
                "name",
                name,
                "shortName",
                "STC",
                "placeName",
                "Sen Trắng",
                "level",
                "DEPARTMENT",
                "validFrom",
                FROM.toString());
    }

    private static UUID position(
            InstanceApi api, String admin, UUID agencyId, String name, boolean leadership, int rankOrder) {
        return api.post(
                        "/api/v1/positions",
                        admin,
                        Map.of("agencyId", agencyId, "name", name, "leadership", leadership, "rankOrder", rankOrder))
                .expect(201)
                .id("/id");
    }

    private static UUID account(
            InstanceApi api,
            String admin,
            String username,
            String displayName,
            UUID agencyId,
            @org.jspecify.annotations.Nullable UUID unitId,
            UUID positionId,
            String role) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("username", username);
        draft.put("displayName", displayName);
        draft.put("email", username.replace('.', '-') + "@sen-trang.invalid");
        draft.put("agencyId", agencyId);
        draft.put("unitId", unitId);
        draft.put("positionId", positionId);
        draft.put("roles", List.of(role));
        draft.put("password", SenInstance.DEMO_PASSWORD);
        draft.put("version", 0);
        return api.post("/api/v1/accounts", admin, draft).expect(201).id("/id");
    }
}
