/**
 * Notifications (thông báo): the in-app list with its unread count, and e-mail through SMTP from Vietnamese
 * templates, sent after the business transaction commits, with retries; e-mail with stored files attached to
 * addresses outside Sen.
 */
@ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"shared", "identity", "platform", "files"})
@NullMarked
package vn.sen.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
