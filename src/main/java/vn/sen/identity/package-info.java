/**
 * Staff and citizen accounts (tài khoản), roles and the permissions they grant, login by form, OIDC or API token,
 * and delegation (ủy quyền) while a leader is away. Every account of staff is posted to an agency of the
 * organization module.
 */
@ApplicationModule(
        displayName = "Identity and access",
        allowedDependencies = {"shared", "organization", "audit", "platform"})
@NullMarked
package vn.sen.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
