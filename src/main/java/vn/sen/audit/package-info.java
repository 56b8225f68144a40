/**
 * The append-only, hash-chained audit trail (nhật ký hệ thống) of every state change: who, on whose behalf, what,
 * which record, when, from where, with a before/after summary; browsing and chain verification.
 */
@ApplicationModule(
        displayName = "Audit trail",
        allowedDependencies = {"shared"})
@NullMarked
package vn.sen.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
