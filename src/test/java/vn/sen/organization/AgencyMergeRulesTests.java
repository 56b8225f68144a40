package vn.sen.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sen.organization.UnitTreeRulesTests.agency;
import static vn.sen.organization.UnitTreeRulesTests.assertRefused;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgencyMergeRulesTests {

    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final LocalDate MERGE = LocalDate.of(2025, 3, 1);

    @Test
    void closesThePredecessorOnTheDayBeforeAndLinksTheSuccessor() {
        Agency predecessor = agency("H98.12", START, null);
        UUID successor = UUID.randomUUID();

        predecessor.closeInto(successor, MERGE);

        assertThat(predecessor.validTo()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(predecessor.successorIds()).containsExactly(successor);
        assertThat(predecessor.activeOn(LocalDate.of(2025, 2, 28))).isTrue();
        assertThat(predecessor.activeOn(MERGE)).isFalse();
    }

    @Test
    void shortensAPlannedLaterClosure() {
        Agency predecessor = agency("H98.12", START, LocalDate.of(2025, 12, 31));

        predecessor.closeInto(UUID.randomUUID(), MERGE);

        assertThat(predecessor.validTo()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void refusesAPredecessorClosedBeforeTheDate() {
        Agency closed = agency("H98.12", START, LocalDate.of(2025, 2, 28));

        assertRefused(() -> closed.closeInto(UUID.randomUUID(), MERGE), "MERGE_PREDECESSOR_CLOSED", "predecessorIds");
    }

    @Test
    void refusesAnEffectiveDateNotAfterThePredecessorsStart() {
        Agency young = agency("H98.12", MERGE, null);

        assertRefused(() -> young.closeInto(UUID.randomUUID(), MERGE), "MERGE_BEFORE_PREDECESSOR_START", "effective");
        assertRefused(
                () -> young.closeInto(UUID.randomUUID(), MERGE.minusDays(1)),
                "MERGE_BEFORE_PREDECESSOR_START",
                "effective");
    }

    @Test
    void closesUnitsWithTheirAgencyButKeepsEarlierEnds() {
        Agency agency = agency("H98.12", START, null);
        Unit open =
                new Unit(UUID.randomUUID(), agency.id(), new UnitDraft("A", null, UnitKind.OFFICE, null, START, null));
        LocalDate ended = LocalDate.of(2022, 6, 30);
        Unit closed =
                new Unit(UUID.randomUUID(), agency.id(), new UnitDraft("B", null, UnitKind.OFFICE, null, START, ended));

        open.closeOn(MERGE.minusDays(1));
        closed.closeOn(MERGE.minusDays(1));

        assertThat(open.validTo()).isEqualTo(MERGE.minusDays(1));
        assertThat(closed.validTo()).isEqualTo(ended);
    }

    @Test
    void storesBothNotationsOrNoEdxmlWhenTheCodeHasNone() {
        assertThat(agency("013.05.50.H15", START, null).view().code()).isEqualTo("H15.50.05.13");
        assertThat(agency("H15.50.05.13", START, null).view().edxmlCode()).isEqualTo("013.05.50.H15");
        assertThat(agency("H55.242", START, null).view().edxmlCode()).isNull();
    }

    @Test
    void checksTheAgencyFields() {
        assertRefused(() -> agency("H5", START, null), "AGENCY_CODE_INVALID", "code");
        assertRefused(() -> agency("H98.13", START, START.minusDays(1)), "ORG_PERIOD_ENDS_BEFORE_START", "validTo");
        assertRefused(
                () -> new Agency(
                        UUID.randomUUID(),
                        new AgencyDraft("H98.13", "Sở", "S-KH", null, AgencyLevel.DEPARTMENT, null, START, null)),
                "AGENCY_SHORT_NAME_INVALID",
                "shortName");
        assertRefused(
                () -> new Agency(
                        UUID.randomUUID(),
                        new AgencyDraft(
                                "H98.13", "Sở", "A".repeat(21), null, AgencyLevel.DEPARTMENT, null, START, null)),
                "ORG_FIELD_TOO_LONG",
                "shortName");
        assertRefused(
                () -> new Agency(
                        UUID.randomUUID(), new AgencyDraft("H98.13", "Sở", "SKHCN", null, null, null, START, null)),
                "ORG_FIELD_REQUIRED",
                "level");
    }
}
