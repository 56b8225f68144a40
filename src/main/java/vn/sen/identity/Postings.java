package vn.sen.identity;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Postings extends JpaRepository<Posting, UUID> {

    List<Posting> findByAccountIdAndValidToIsNull(UUID accountId);
}
