/**
 * What every module runs on: the embedded PostgreSQL of the default installation, the fixed Vietnamese locale, page
 * error handling and the shared page layout. Holds no business data.
 */
@ApplicationModule(
        displayName = "Runtime platform",
        allowedDependencies = {"shared"})
@NullMarked
package vn.sen.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
