package vn.sen.files;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FileVersions extends JpaRepository<FileVersion, UUID> {

    /** Which of the given blobs some version still uses. */
    @Query("select distinct v.sha256 from FileVersion v where v.sha256 in :sha256s")
    Set<String> referenced(Collection<String> sha256s);
}
