/**
 * Tiny, open kernel shared by every module: error codes and exceptions, the API error body, the acting user as seen
 * by business code, and the port through which modules offer their records to search ({@code shared.search}).
 * Business concepts never live here.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
@NullMarked
package vn.sen.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
