package vn.sen.organization;

import java.time.LocalDate;
import java.util.UUID;

/** An agency (cơ quan) was added to the directory, by hand, by the demo data or as the successor of a merge. */
public record AgencyCreated(UUID agencyId, String code, String name, LocalDate validFrom) {}
