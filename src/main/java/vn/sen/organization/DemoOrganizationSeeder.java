package vn.sen.organization;

import static vn.sen.organization.DemoOrganization.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.platform.DemoMode;

/**
 * Seeds the demo province "Tỉnh Sen Hồng" (see {@link DemoOrganization}) when demo data is on. Idempotent by code:
 * an agency whose code is already known is left alone, together with its units and positions. Runs before the
 * accounts (order 10) since they are posted to these agencies.
 */
@Component
@Order(10)
class DemoOrganizationSeeder implements ApplicationRunner {

    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final LocalDate TWO_LEVEL_GOVERNMENT = LocalDate.of(2025, 7, 1);
    private static final List<String> DEPARTMENT_POSITIONS = List.of(
            GIAM_DOC,
            PHO_GIAM_DOC,
            CHANH_VAN_PHONG,
            TRUONG_PHONG,
            PHO_TRUONG_PHONG,
            CHUYEN_VIEN,
            VAN_THU,
            CAN_BO_MOT_CUA);
    private static final Set<String> LEADERS = Set.of(
            GIAM_DOC,
            PHO_GIAM_DOC,
            CHANH_VAN_PHONG,
            "Phó Chánh Văn phòng",
            TRUONG_PHONG,
            PHO_TRUONG_PHONG,
            CHU_TICH,
            PHO_CHU_TICH);
    private static final List<String> COMMUNE_POSITIONS =
            List.of(CHU_TICH, PHO_CHU_TICH, CONG_CHUC, VAN_THU, CAN_BO_MOT_CUA);

    private final DemoMode demo;
    private final Agencies agencies;
    private final AgencyRegistry registry;
    private final AgencyMerger merger;
    private final UnitRegistry units;
    private final PositionRegistry positions;

    DemoOrganizationSeeder(
            DemoMode demo,
            Agencies agencies,
            AgencyRegistry registry,
            AgencyMerger merger,
            UnitRegistry units,
            PositionRegistry positions) {
        this.demo = demo;
        this.agencies = agencies;
        this.registry = registry;
        this.merger = merger;
        this.units = units;
        this.positions = positions;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        UUID ubnd = seed(
                        UBND_CODE,
                        "Ủy ban nhân dân tỉnh Sen Hồng",
                        "UBND",
                        AgencyLevel.PROVINCIAL_COMMITTEE,
                        null,
                        START)
                .orElse(null);
        UUID province = idOf(UBND_CODE);
        seed(VP_UBND_CODE, "Văn phòng Ủy ban nhân dân tỉnh Sen Hồng", "VPUBND", AgencyLevel.DEPARTMENT, province, START)
                .ifPresent(id ->
                        departmentPositions(id, List.of(CHANH_VAN_PHONG, "Phó Chánh Văn phòng", CHUYEN_VIEN, VAN_THU)));
        seed(SKHCN_CODE, "Sở Khoa học và Công nghệ tỉnh Sen Hồng", "SKHCN", AgencyLevel.DEPARTMENT, province, START)
                .ifPresent(this::scienceDepartment);
        seed(SNV_CODE, "Sở Nội vụ tỉnh Sen Hồng", "SNV", AgencyLevel.DEPARTMENT, province, START)
                .ifPresent(this::homeAffairsDepartment);
        seed(STTTT_CODE, "Sở Thông tin và Truyền thông tỉnh Sen Hồng", "STTTT", AgencyLevel.DEPARTMENT, province, START)
                .ifPresent(this::informationDepartmentMerged);
        seed(XA_HOA_SEN_CODE, "Ủy ban nhân dân xã Hoa Sen", "UBND", AgencyLevel.COMMUNE, province, TWO_LEVEL_GOVERNMENT)
                .ifPresent(id -> departmentPositions(id, COMMUNE_POSITIONS));
        seed(
                        XA_DONG_THAP_MOI_CODE,
                        "Ủy ban nhân dân xã Đồng Tháp Mới",
                        "UBND",
                        AgencyLevel.COMMUNE,
                        province,
                        TWO_LEVEL_GOVERNMENT)
                .ifPresent(id -> departmentPositions(id, COMMUNE_POSITIONS));
        if (ubnd != null) {
            departmentPositions(ubnd, List.of(CHU_TICH, PHO_CHU_TICH, CHUYEN_VIEN, VAN_THU));
        }
    }

    /** Creates the agency unless its code is known (any period); answers the new id. */
    private Optional<UUID> seed(
            String code, String name, String shortName, AgencyLevel level, @Nullable UUID parent, LocalDate from) {
        if (agencies.existsByCode(code)) {
            return Optional.empty();
        }
        AgencyDraft draft = new AgencyDraft(code, name, shortName, PLACE_NAME, level, parent, from, null);
        return Optional.of(registry.create(draft).id());
    }

    private UUID idOf(String code) {
        return agencies.findByCode(code).get(0).id();
    }

    private void scienceDepartment(UUID id) {
        unit(id, UNIT_VAN_PHONG, "VP", UnitKind.OFFICE, START);
        unit(id, UNIT_BCVT, "BCVT", UnitKind.DIVISION, MERGE_DATE);
        unit(id, UNIT_CNTT, "CNTT", UnitKind.DIVISION, MERGE_DATE);
        unit(id, UNIT_TTCDS, "TTCĐS", UnitKind.CENTER, MERGE_DATE);
        departmentPositions(id, DEPARTMENT_POSITIONS);
    }

    private void homeAffairsDepartment(UUID id) {
        unit(id, UNIT_VAN_PHONG, "VP", UnitKind.OFFICE, START);
        unit(id, UNIT_TCBC, "TCBC", UnitKind.DIVISION, START);
        departmentPositions(id, DEPARTMENT_POSITIONS);
    }

    /** The history of the 2025 restructuring: the Sở TT&TT and its units close into the Sở KH&CN. */
    private void informationDepartmentMerged(UUID id) {
        unit(id, UNIT_VAN_PHONG, "VP", UnitKind.OFFICE, START);
        unit(id, UNIT_BCVT, "BCVT", UnitKind.DIVISION, START);
        departmentPositions(id, DEPARTMENT_POSITIONS);
        UUID science = idOf(SKHCN_CODE);
        merger.merge(new MergeCommand(List.of(id), science, null, MERGE_DATE));
    }

    private void unit(UUID agency, String name, String code, UnitKind kind, LocalDate from) {
        units.create(agency, new UnitDraft(name, code, kind, null, from, null));
    }

    private void departmentPositions(UUID agency, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            positions.create(agency, new PositionDraft(name, LEADERS.contains(name), (i + 1) * 10));
        }
    }
}
