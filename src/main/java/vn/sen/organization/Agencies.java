package vn.sen.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The agency directory; pass {@link OrgFields#OPEN_END} for an open end. */
interface Agencies extends JpaRepository<Agency, UUID> {

    @Query(
            "select a from Agency a where a.code = :code and a.validFrom <= :on and (a.validTo is null or a.validTo >= :on)")
    List<Agency> findByCodeOn(String code, LocalDate on);

    @Query(
            """
            select a from Agency a where a.code = :code and a.id <> :exclude
            and a.validFrom <= :to and (a.validTo is null or a.validTo >= :from)""")
    List<Agency> findOverlapping(String code, LocalDate from, LocalDate to, UUID exclude);

    @Query(
            """
            select a from Agency a where a.validFrom <= :on and (a.validTo is null or a.validTo >= :on)
            order by a.code""")
    List<Agency> findActiveOn(LocalDate on);

    List<Agency> findAllByOrderByCodeAscValidFromAsc();

    List<Agency> findByParentId(UUID parentId);

    boolean existsByCode(String code);

    List<Agency> findByCode(String code);
}
