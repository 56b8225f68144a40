package vn.sen.organization;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.sen.TestActors;

/** Fixtures of the organization tests: unique codes (the database is shared) and agencies made by the registry. */
final class OrgTestData {

    static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final AtomicInteger SEQUENCE =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(100, 800));

    private OrgTestData() {}

    /** A fresh QĐ 20 code under the test-only level-1 code C77 (with an edXML form). */
    static String uniqueCode() {
        int n = SEQUENCE.incrementAndGet();
        return "C77." + String.format("%02d", 1 + n / 99 % 99) + "." + String.format("%02d", 1 + n % 99);
    }

    static AgencyDraft draft(String code, String name, LocalDate from, @Nullable LocalDate to) {
        return new AgencyDraft(code, name, "STEST", "Sen Hồng", AgencyLevel.DEPARTMENT, null, from, to);
    }

    static AgencyView agency(AgencyRegistry registry, String name) {
        return registry.create(draft(uniqueCode(), name, START, null));
    }

    static UnitView unit(UnitRegistry registry, AgencyView agency, String name) {
        return registry.create(agency.id(), new UnitDraft(name, null, UnitKind.DIVISION, null, START, null));
    }

    /** Runs a fixture step as a system administrator (some audit or scope code reads the actor). */
    static void asSystem(Runnable step) {
        TestActors.actAs(TestActors.systemAdmin("ORG_AGENCY_MANAGE", "ORG_UNIT_MANAGE"));
        try {
            step.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
