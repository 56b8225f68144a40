package vn.sen.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.sen.shared.error.SenException;

class UnitTreeRulesTests {

    private static final LocalDate START = LocalDate.of(2020, 1, 1);

    private final Agency agency = agency("H98.10", START, null);
    private final Unit office = unit(agency, "Văn phòng Sở", null, START, null);
    private final Unit division = unit(agency, "Phòng Công nghệ thông tin", office.id(), START, null);
    private final Unit team = unit(agency, "Tổ phần mềm", division.id(), START, null);

    @Test
    void acceptsAWellFormedTree() {
        assertThatCode(() -> UnitTreeRules.check(team, agency, List.of(office, division, team)))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAUnitUnderItsOwnDescendant() {
        office.revise(draft("Văn phòng Sở", team.id(), START, null));

        assertRefused(
                () -> UnitTreeRules.check(office, agency, List.of(office, division, team)), "UNIT_CYCLE", "parentId");
    }

    @Test
    void refusesAUnitAsItsOwnParent() {
        Unit self = unit(agency, "Phòng A", null, START, null);
        self.revise(draft("Phòng A", self.id(), START, null));

        assertRefused(() -> UnitTreeRules.check(self, agency, List.of(self)), "UNIT_CYCLE", "parentId");
    }

    @Test
    void refusesAParentOfAnotherAgency() {
        Agency other = agency("H98.11", START, null);
        Unit foreign = unit(other, "Văn phòng Sở", null, START, null);
        Unit unit = unit(agency, "Phòng B", foreign.id(), START, null);

        assertRefused(
                () -> UnitTreeRules.check(unit, agency, List.of(office, foreign, unit)),
                "UNIT_PARENT_NOT_IN_AGENCY",
                "parentId");
    }

    @Test
    void refusesValidityOutsideTheAgency() {
        Agency closing = agency("H98.12", START, LocalDate.of(2025, 2, 28));
        Unit early = unit(closing, "Phòng sớm", null, START.minusDays(1), null);
        Unit open = unit(closing, "Phòng mở", null, START, null);
        Unit late = unit(closing, "Phòng muộn", null, START, LocalDate.of(2025, 3, 1));

        assertRefused(() -> UnitTreeRules.check(early, closing, List.of()), "UNIT_OUTSIDE_AGENCY_PERIOD", "validFrom");
        assertRefused(() -> UnitTreeRules.check(open, closing, List.of()), "UNIT_OUTSIDE_AGENCY_PERIOD", "validTo");
        assertRefused(() -> UnitTreeRules.check(late, closing, List.of()), "UNIT_OUTSIDE_AGENCY_PERIOD", "validTo");
    }

    @Test
    void refusesTwinNamesUnderOneParentInOverlappingPeriods() {
        Unit twin = unit(agency, "  phòng công nghệ THÔNG TIN ", office.id(), LocalDate.of(2024, 1, 1), null);

        assertRefused(
                () -> UnitTreeRules.check(twin, agency, List.of(office, division, twin)), "UNIT_NAME_TAKEN", "name");
    }

    @Test
    void allowsTheSameNameUnderAnotherParentOrInAnotherPeriod() {
        Unit elsewhere = unit(agency, "Phòng Công nghệ thông tin", null, START, null);
        division.revise(draft("Phòng Công nghệ thông tin", office.id(), START, LocalDate.of(2023, 12, 31)));
        Unit successor = unit(agency, "Phòng Công nghệ thông tin", office.id(), LocalDate.of(2024, 1, 1), null);

        assertThatCode(() -> UnitTreeRules.check(elsewhere, agency, List.of(office, division, elsewhere)))
                .doesNotThrowAnyException();
        assertThatCode(() -> UnitTreeRules.check(successor, agency, List.of(office, division, successor)))
                .doesNotThrowAnyException();
    }

    @Test
    void ordersATreeParentsFirst() {
        List<UnitTreeRow> rows = UnitTreeRow.order(List.of(team.view(), division.view(), office.view()));

        assertThat(rows).extracting(r -> r.unit().name()).containsExactly(office.name(), division.name(), team.name());
        assertThat(rows).extracting(UnitTreeRow::depth).containsExactly(0, 1, 2);
    }

    @Test
    void checksFieldsOfAUnit() {
        assertRefused(() -> unit(agency, " ", null, START, null), "ORG_FIELD_REQUIRED", "name");
        assertRefused(() -> unit(agency, "x".repeat(256), null, START, null), "ORG_FIELD_TOO_LONG", "name");
        assertRefused(
                () -> unit(agency, "Phòng C", null, START, START.minusDays(1)),
                "ORG_PERIOD_ENDS_BEFORE_START",
                "validTo");
        assertRefused(
                () -> new Unit(
                        UUID.randomUUID(),
                        agency.id(),
                        new UnitDraft("P", "C NTT", UnitKind.DIVISION, null, START, null)),
                "UNIT_SHORT_CODE_INVALID",
                "shortCode");
        assertThat(new Unit(
                                UUID.randomUUID(),
                                agency.id(),
                                new UnitDraft("P", "ttcđs", UnitKind.CENTER, null, START, null))
                        .view()
                        .shortCode())
                .isEqualTo("TTCĐS");
    }

    static Agency agency(String code, LocalDate from, @Nullable LocalDate to) {
        return new Agency(
                UUID.randomUUID(),
                new AgencyDraft(code, "Sở thử " + code, "ST", "Sen Hồng", AgencyLevel.DEPARTMENT, null, from, to));
    }

    private static Unit unit(
            Agency agency, String name, @Nullable UUID parent, LocalDate from, @Nullable LocalDate to) {
        return new Unit(UUID.randomUUID(), agency.id(), draft(name, parent, from, to));
    }

    private static UnitDraft draft(String name, @Nullable UUID parent, LocalDate from, @Nullable LocalDate to) {
        return new UnitDraft(name, null, UnitKind.DIVISION, parent, from, to);
    }

    static void assertRefused(Runnable action, String code, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(SenException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
