package vn.sen.search;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SearchEntries extends JpaRepository<SearchEntry, UUID> {}
