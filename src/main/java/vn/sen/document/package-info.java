/**
 * Documents (văn bản): incoming documents registered in register books with arrival numbers, routed to leaders,
 * units and specialists with working-day deadlines, processed and completed (Decree 30/2020/NĐ-CP); the registers
 * and their statistics.
 */
@ApplicationModule(
        displayName = "Documents",
        allowedDependencies = {
            "shared",
            "organization",
            "identity",
            "audit",
            "files",
            "notification",
            "platform",
            "signing",
            "search"
        })
@NullMarked
package vn.sen.document;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
