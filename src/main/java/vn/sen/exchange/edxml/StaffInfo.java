package vn.sen.exchange.edxml;

import org.jspecify.annotations.Nullable;

/** The person who acted ({@code StaffInfo}): department, name, e-mail, mobile. */
public record StaffInfo(
        @Nullable String department, @Nullable String staff, @Nullable String email, @Nullable String mobile) {

    public static StaffInfo none() {
        return new StaffInfo(null, null, null, null);
    }
}
