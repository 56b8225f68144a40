package vn.sen.signing;

/** Where a holder's private key lives. */
enum KeyProvider {
    /** Kho khóa trên máy chủ: a PKCS#12 file, encrypted at rest under the master key. */
    SERVER_KEY_STORE,
    /** Token hoặc HSM reached through a PKCS#11 library; the row only names the key. */
    PKCS11
}
