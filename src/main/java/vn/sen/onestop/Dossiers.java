package vn.sen.onestop;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Dossiers by id; lists and statistics read the tables directly ({@link DossierLists}). */
interface Dossiers extends JpaRepository<Dossier, UUID> {

    Optional<Dossier> findByCode(String code);

    Optional<Dossier> findByAgencyIdAndIdempotencyKey(UUID agencyId, String idempotencyKey);
}
