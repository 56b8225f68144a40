package vn.sen.identity;

import org.springframework.stereotype.Component;
import vn.sen.shared.error.SenException;

/**
 * Password rule: 8 to 128 characters, at least one letter and one character that is not a letter, and not the
 * username itself.
 */
@Component
class PasswordPolicy {

    void check(String username, String password, String field) {
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean other = password.codePoints().anyMatch(c -> !Character.isLetter(c));
        if (password.length() < 8 || password.length() > 128 || !letter || !other) {
            throw SenException.invalidField(field, "PASSWORD_WEAK");
        }
        if (password.equalsIgnoreCase(username)) {
            throw SenException.invalidField(field, "PASSWORD_IS_USERNAME");
        }
    }
}
