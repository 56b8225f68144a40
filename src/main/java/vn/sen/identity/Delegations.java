package vn.sen.identity;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Delegations extends JpaRepository<Delegation, UUID> {

    List<Delegation> findByDelegatorIdOrderByValidFromDesc(UUID delegatorId);

    List<Delegation> findByDelegateIdOrderByValidFromDesc(UUID delegateId);
}
