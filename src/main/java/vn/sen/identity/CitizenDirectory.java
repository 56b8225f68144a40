package vn.sen.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads citizen and business accounts for other modules (the one-stop shop fills the applicant from them). */
@Component
public class CitizenDirectory {

    private final CitizenAccounts citizens;

    CitizenDirectory(CitizenAccounts citizens) {
        this.citizens = citizens;
    }

    @Transactional(readOnly = true)
    public Optional<CitizenView> find(UUID accountId) {
        return citizens.findById(accountId).map(CitizenAccount::view);
    }
}
