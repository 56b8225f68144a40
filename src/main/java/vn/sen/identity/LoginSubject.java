package vn.sen.identity;

/** An account that can log in: staff or citizen. */
interface LoginSubject {

    String username();

    String passwordHash();

    boolean enabled();

    LoginGuard guard();

    void guard(LoginGuard guard);
}
