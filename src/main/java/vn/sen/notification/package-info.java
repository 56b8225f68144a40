/**
 * Notifications (thông báo): the in-app list with its unread count, and e-mail through SMTP from Vietnamese
 * templates, sent after the business transaction commits, with retries.
 */
@ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"shared", "identity", "platform"})
@NullMarked
package vn.sen.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
