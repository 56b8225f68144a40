/**
 * What every module runs on: the embedded PostgreSQL of the default installation, the fixed Vietnamese locale, page
 * error handling, the shared page layout and the PDF renderer every module prints with ({@link PdfRenderer}). Holds
 * no business data.
 */
@ApplicationModule(
        displayName = "Runtime platform",
        allowedDependencies = {"shared"})
@NullMarked
package vn.sen.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
