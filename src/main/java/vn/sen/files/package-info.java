/**
 * Attachments (tệp đính kèm): content-addressed, immutable file storage (filesystem by default), with type sniffing,
 * size and archive-bomb limits and PDF checks, so that no module ever trusts a file's name or declared type.
 */
@ApplicationModule(
        displayName = "Files",
        allowedDependencies = {"shared", "platform"})
@NullMarked
package vn.sen.files;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
