package vn.sen.exchange;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DirectoryEntries extends JpaRepository<DirectoryEntry, UUID> {

    /** Every period of the agency known by this code in either notation, latest first. */
    @Query("select e from DirectoryEntry e where e.code = :code or e.edxmlCode = :code order by e.validFrom desc")
    List<DirectoryEntry> findByEitherCode(String code);

    @Query("select e from DirectoryEntry e order by e.code, e.validFrom desc")
    List<DirectoryEntry> findAllOrdered();
}
