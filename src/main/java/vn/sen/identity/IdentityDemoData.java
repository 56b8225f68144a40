package vn.sen.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.organization.AgencyView;
import vn.sen.organization.DemoOrganization;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.PositionView;
import vn.sen.organization.UnitView;
import vn.sen.platform.DemoMode;

/**
 * The demo accounts (password {@code sen-demo}), created only on an installation in demo mode and only once: one
 * per role in the Department of Science and Technology, the clerk of the Department of Home Affairs, a citizen.
 */
@Component
@Order(20)
class IdentityDemoData implements ApplicationRunner {

    static final String PASSWORD = "sen-demo";
    private static final Logger log = LoggerFactory.getLogger(IdentityDemoData.class);

    private final DemoMode demo;
    private final StaffAccounts staff;
    private final CitizenAccounts citizens;
    private final Postings postings;
    private final OrganizationDirectory directory;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    IdentityDemoData(
            DemoMode demo,
            StaffAccounts staff,
            CitizenAccounts citizens,
            Postings postings,
            OrganizationDirectory directory,
            PasswordEncoder encoder,
            AuditTrail audit,
            Clock clock) {
        this.demo = demo;
        this.staff = staff;
        this.citizens = citizens;
        this.postings = postings;
        this.directory = directory;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || staff.existsByUsername("admin")) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));
        AgencyView skhcn = agency(DemoOrganization.SKHCN_CODE, today);
        AgencyView snv = agency(DemoOrganization.SNV_CODE, today);
        String hash = encoder.encode(PASSWORD);
        create(hash, "admin", "Quản trị hệ thống", skhcn, null, null, Role.SYSTEM_ADMIN);
        create(hash, "quantri", "Nguyễn Thị Quản Trị", skhcn, "Văn phòng Sở", null, Role.AGENCY_ADMIN);
        create(hash, "vanthu", "Lê Thị Văn Thư", skhcn, "Văn phòng Sở", "Văn thư", Role.CLERK);
        create(
                hash,
                "chuyenvien",
                "Phạm Văn Chuyên",
                skhcn,
                "Phòng Công nghệ thông tin",
                "Chuyên viên",
                Role.SPECIALIST);
        create(
                hash,
                "lanhdaophong",
                "Trần Văn Trưởng",
                skhcn,
                "Phòng Công nghệ thông tin",
                "Trưởng phòng",
                Role.DIVISION_LEADER);
        create(hash, "giamdoc", "Hoàng Minh Giám", skhcn, null, "Giám đốc", Role.AGENCY_LEADER);
        create(hash, "phogiamdoc", "Đỗ Thị Phó", skhcn, null, "Phó Giám đốc", Role.AGENCY_LEADER);
        create(hash, "motcua", "Vũ Thị Một Cửa", skhcn, "Văn phòng Sở", "Cán bộ một cửa", Role.ONESTOP_OFFICER);
        create(hash, "vanthu.snv", "Đặng Văn Nội", snv, "Văn phòng Sở", "Văn thư", Role.CLERK);
        CitizenAccount citizen =
                new CitizenAccount("congdan", CitizenAccount.Kind.CITIZEN, "Nguyễn Văn Dân", hash, clock.instant());
        citizen.contact("001099000001", "congdan@example.invalid", "0912000001");
        citizens.save(citizen);
        audit.recordAs(
                "system", "ACCOUNT_CREATED", "CitizenAccount", citizen.id().toString(), null, null, null);
        log.info(
                "Demo accounts created (password {}): admin, quantri, vanthu, chuyenvien, lanhdaophong, giamdoc, "
                        + "phogiamdoc, motcua, vanthu.snv, congdan",
                PASSWORD);
    }

    private void create(
            String hash,
            String username,
            String name,
            AgencyView agency,
            @Nullable String unitName,
            @Nullable String positionName,
            Role role) {
        UUID unitId = unitName == null ? null : unit(agency.id(), unitName);
        UUID positionId = positionName == null ? null : position(agency.id(), positionName);
        StaffAccount account = new StaffAccount(username, name, hash, agency.id(), clock.instant());
        account.describe(name, username.replace('.', '-') + "@sen-demo.invalid", null);
        account.post(agency.id(), unitId, positionId);
        account.grant(EnumSet.of(role));
        staff.save(account);
        postings.save(new Posting(account.id(), agency.id(), unitId, positionId, clock.instant()));
        audit.recordAs(
                "system", "ACCOUNT_CREATED", "Account", account.id().toString(), agency.id(), null, account.summary());
    }

    private AgencyView agency(String code, LocalDate today) {
        return directory
                .resolve(code, today)
                .orElseThrow(() -> new IllegalStateException("Demo agency " + code + " is missing"));
    }

    private @Nullable UUID unit(UUID agencyId, String name) {
        Optional<UnitView> unit = directory.unitsOf(agencyId).stream()
                .filter(u -> u.name().equals(name))
                .findFirst();
        return unit.map(UnitView::id).orElse(null);
    }

    private @Nullable UUID position(UUID agencyId, String name) {
        return directory.positionsOf(agencyId).stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .map(PositionView::id)
                .orElse(null);
    }
}
