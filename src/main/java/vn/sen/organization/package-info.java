/**
 * Agencies (cơ quan) with their QĐ 20/2020 identifiers, units (đơn vị), positions (chức vụ) and postings, all
 * effective-dated with merges into successors; and the installation's working calendar (lịch làm việc) with the
 * working-day arithmetic that every deadline in Sen uses.
 */
@ApplicationModule(
        displayName = "Organization and working calendar",
        allowedDependencies = {"shared", "audit", "platform"})
@NullMarked
package vn.sen.organization;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
