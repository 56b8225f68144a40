package vn.sen.onestop;

import static vn.sen.onestop.OnlineLevel.FULL;
import static vn.sen.onestop.OnlineLevel.NONE;
import static vn.sen.onestop.OnlineLevel.PARTIAL;
import static vn.sen.onestop.QuotaUnit.DAYS;
import static vn.sen.onestop.QuotaUnit.HOURS;
import static vn.sen.onestop.StepRole.AGENCY_LEADER;
import static vn.sen.onestop.StepRole.CLERK;
import static vn.sen.onestop.StepRole.DIVISION_LEADER;
import static vn.sen.onestop.StepRole.ONE_STOP;
import static vn.sen.onestop.StepRole.SPECIALIST;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.sen.onestop.ProcedureDraft.ComponentDraft;
import vn.sen.onestop.ProcedureDraft.FeeDraft;
import vn.sen.onestop.ProcedureDraft.StepDraft;
import vn.sen.organization.AgencyView;
import vn.sen.organization.DemoOrganization;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.UnitView;
import vn.sen.platform.DemoMode;

/**
 * Demo procedures of the Department of Science and Technology and of the commune Hoa Sen, on the embedded default
 * only. They are shaped like the real ones (components, steps, fees) but carry demo codes ({@code DEMO-…}), the
 * demo flag (shown as "Dữ liệu mẫu") and a note in their legal basis: never a real procedure's text.
 */
@Component
@Order(40)
class OnestopDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OnestopDemoData.class);
    private static final String NOTE = "\n(Dữ liệu minh họa của bản dùng thử Sen, không phải văn bản đang áp dụng.)";

    private final DemoMode demo;
    private final OrganizationDirectory organization;
    private final ProcedureRegistry registry;
    private final Procedures procedures;
    private final Clock clock;

    OnestopDemoData(
            DemoMode demo,
            OrganizationDirectory organization,
            ProcedureRegistry registry,
            Procedures procedures,
            Clock clock) {
        this.demo = demo;
        this.organization = organization;
        this.registry = registry;
        this.procedures = procedures;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || procedures.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));
        AgencyView science =
                organization.resolve(DemoOrganization.SKHCN_CODE, today).orElse(null);
        AgencyView commune =
                organization.resolve(DemoOrganization.XA_HOA_SEN_CODE, today).orElse(null);
        if (science == null || commune == null) {
            return;
        }
        UUID office = unit(science, DemoOrganization.UNIT_VAN_PHONG);
        UUID posts = unit(science, DemoOrganization.UNIT_BCVT);
        UUID it = unit(science, DemoOrganization.UNIT_CNTT);
        List.of(
                        publishing(office, posts),
                        pressConference(office, posts),
                        itDesign(office, it),
                        postalLicence(office, posts))
                .forEach(d -> registry.create(science.id(), d, true));
        List.of(birth(), certifiedCopy(), marriage()).forEach(d -> registry.create(commune.id(), d, true));
        log.info("Demo procedure catalogue: 4 procedures of {}, 3 of {}", science.name(), commune.name());
    }

    private static ProcedureDraft publishing(@Nullable UUID office, @Nullable UUID posts) {
        return new ProcedureDraft(
                "DEMO-XB-01",
                "Cấp giấy phép xuất bản tài liệu không kinh doanh",
                "Xuất bản, In và Phát hành",
                ProcedureLevel.PROVINCE,
                FULL,
                10,
                DAYS,
                null,
                "Giấy phép xuất bản tài liệu không kinh doanh",
                "Luật Xuất bản số 19/2012/QH13; Nghị định số 195/2013/NĐ-CP" + NOTE,
                List.of(),
                List.of(
                        component(
                                "Đơn đề nghị cấp giấy phép xuất bản tài liệu không kinh doanh (theo mẫu)",
                                "01 bản chính"),
                        component("Tài liệu đề nghị cấp phép xuất bản (bản in hoặc tệp điện tử)", "02 bản"),
                        new ComponentDraft(
                                "Bản sao quyết định thành lập hoặc giấy chứng nhận đăng ký của tổ chức",
                                "01 bản sao",
                                false,
                                null)),
                List.of(
                        step("Tiếp nhận, kiểm tra hồ sơ", ONE_STOP, office, 4, HOURS),
                        step("Thẩm định nội dung tài liệu", SPECIALIST, posts, 52, HOURS),
                        step("Xem xét, trình ký", DIVISION_LEADER, posts, 1, DAYS),
                        step("Phê duyệt, ký giấy phép", AGENCY_LEADER, null, 1, DAYS),
                        step("Vào số, đóng dấu", CLERK, office, 4, HOURS),
                        step("Trả kết quả", ONE_STOP, office, 4, HOURS)));
    }

    private static ProcedureDraft pressConference(@Nullable UUID office, @Nullable UUID posts) {
        return new ProcedureDraft(
                "DEMO-BC-02",
                "Thông báo tổ chức họp báo",
                "Báo chí",
                ProcedureLevel.PROVINCE,
                FULL,
                2,
                DAYS,
                null,
                "Văn bản trả lời về việc tổ chức họp báo",
                "Luật Báo chí số 103/2016/QH13" + NOTE,
                List.of(),
                List.of(component(
                        "Văn bản thông báo tổ chức họp báo (nội dung, thời gian, địa điểm, người chủ trì)",
                        "01 bản chính")),
                List.of(
                        step("Tiếp nhận hồ sơ", ONE_STOP, office, 2, HOURS),
                        step("Xem xét nội dung họp báo", SPECIALIST, posts, 1, DAYS),
                        step("Xem xét, trình ký", DIVISION_LEADER, posts, 2, HOURS),
                        step("Ký văn bản trả lời", AGENCY_LEADER, null, 2, HOURS),
                        step("Trả kết quả", ONE_STOP, office, 2, HOURS)));
    }

    private static ProcedureDraft itDesign(@Nullable UUID office, @Nullable UUID it) {
        return new ProcedureDraft(
                "DEMO-CNTT-03",
                "Thẩm định thiết kế sơ bộ dự án đầu tư ứng dụng công nghệ thông tin",
                "Công nghệ thông tin, điện tử",
                ProcedureLevel.PROVINCE,
                PARTIAL,
                20,
                DAYS,
                null,
                "Văn bản thông báo kết quả thẩm định thiết kế sơ bộ",
                "Nghị định số 73/2019/NĐ-CP về quản lý đầu tư ứng dụng công nghệ thông tin sử dụng nguồn vốn ngân sách nhà nước"
                        + NOTE,
                List.of(new FeeDraft("Phí thẩm định dự án", 0L, "Theo tỷ lệ trên tổng mức đầu tư (minh họa)")),
                List.of(
                        component("Tờ trình đề nghị thẩm định thiết kế sơ bộ", "01 bản chính"),
                        component("Báo cáo nghiên cứu khả thi, thuyết minh thiết kế sơ bộ", "01 bản chính"),
                        component(
                                "Văn bản pháp lý liên quan (chủ trương đầu tư, ý kiến của cơ quan liên quan)",
                                "01 bản sao")),
                List.of(
                        step("Tiếp nhận, kiểm tra hồ sơ", ONE_STOP, office, 4, HOURS),
                        step("Thẩm định thiết kế sơ bộ", SPECIALIST, it, 108, HOURS),
                        step("Lấy ý kiến cơ quan, đơn vị liên quan", SPECIALIST, it, 3, DAYS),
                        step("Xem xét, trình ký", DIVISION_LEADER, it, 1, DAYS),
                        step("Phê duyệt kết quả thẩm định", AGENCY_LEADER, null, 1, DAYS),
                        step("Vào số, đóng dấu", CLERK, office, 4, HOURS),
                        step("Trả kết quả", ONE_STOP, office, 4, HOURS)));
    }

    private static ProcedureDraft postalLicence(@Nullable UUID office, @Nullable UUID posts) {
        return new ProcedureDraft(
                "DEMO-BCVT-04",
                "Cấp giấy phép bưu chính",
                "Bưu chính",
                ProcedureLevel.PROVINCE,
                PARTIAL,
                15,
                DAYS,
                null,
                "Giấy phép bưu chính",
                "Luật Bưu chính số 49/2010/QH12; Nghị định số 47/2011/NĐ-CP" + NOTE,
                List.of(new FeeDraft("Phí thẩm định điều kiện hoạt động bưu chính", 5_000_000L, "Mức minh họa")),
                List.of(
                        component("Đơn đề nghị cấp giấy phép bưu chính (theo mẫu)", "01 bản chính"),
                        component("Bản sao giấy chứng nhận đăng ký doanh nghiệp", "01 bản sao có chứng thực"),
                        component("Phương án kinh doanh dịch vụ bưu chính", "01 bản chính"),
                        component("Mẫu hợp đồng cung ứng và sử dụng dịch vụ bưu chính", "01 bản chính"),
                        component("Bảng giá cước và tiêu chuẩn chất lượng dịch vụ", "01 bản chính")),
                List.of(
                        step("Tiếp nhận, kiểm tra hồ sơ", ONE_STOP, office, 4, HOURS),
                        step("Thẩm định hồ sơ, điều kiện hoạt động", SPECIALIST, posts, 12, DAYS),
                        step("Xem xét, trình ký", DIVISION_LEADER, posts, 1, DAYS),
                        step("Ký giấy phép", AGENCY_LEADER, null, 1, DAYS),
                        step("Vào số, đóng dấu, trả kết quả", CLERK, office, 4, HOURS)));
    }

    private static ProcedureDraft birth() {
        return commune(
                "DEMO-HT-05",
                "Đăng ký khai sinh",
                "Hộ tịch",
                FULL,
                8,
                "Giấy khai sinh (bản chính); trích lục khai sinh",
                "Luật Hộ tịch số 60/2014/QH13; Nghị định số 123/2015/NĐ-CP",
                List.of(new FeeDraft("Lệ phí đăng ký khai sinh đúng hạn", 0L, "Miễn lệ phí")),
                List.of(
                        component("Tờ khai đăng ký khai sinh (theo mẫu)", "01 bản chính"),
                        component("Giấy chứng sinh", "01 bản chính")),
                List.of(
                        step("Tiếp nhận hồ sơ", ONE_STOP, null, 2, HOURS),
                        step("Kiểm tra, ghi sổ hộ tịch", SPECIALIST, null, 4, HOURS),
                        step("Ký giấy khai sinh", AGENCY_LEADER, null, 2, HOURS)));
    }

    private static ProcedureDraft certifiedCopy() {
        return commune(
                "DEMO-CT-06",
                "Chứng thực bản sao từ bản chính giấy tờ, văn bản",
                "Chứng thực",
                NONE,
                4,
                "Bản sao được chứng thực từ bản chính",
                "Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính",
                List.of(new FeeDraft("Phí chứng thực bản sao", 2_000L, "Mỗi trang; từ trang thứ ba: 1.000 đồng/trang")),
                List.of(
                        component("Bản chính giấy tờ, văn bản làm cơ sở chứng thực", "01 bản chính"),
                        component("Bản sao cần chứng thực", "Theo số lượng người yêu cầu")),
                List.of(
                        step("Tiếp nhận, đối chiếu bản chính", ONE_STOP, null, 1, HOURS),
                        step("Kiểm tra, ghi sổ chứng thực", SPECIALIST, null, 2, HOURS),
                        step("Ký chứng thực, trả kết quả", AGENCY_LEADER, null, 1, HOURS)));
    }

    private static ProcedureDraft marriage() {
        return commune(
                "DEMO-HT-07",
                "Đăng ký kết hôn",
                "Hộ tịch",
                PARTIAL,
                8,
                "Giấy chứng nhận kết hôn",
                "Luật Hộ tịch số 60/2014/QH13; Nghị định số 123/2015/NĐ-CP",
                List.of(new FeeDraft("Lệ phí đăng ký kết hôn", 0L, "Miễn lệ phí")),
                List.of(
                        component("Tờ khai đăng ký kết hôn (theo mẫu)", "01 bản chính"),
                        component(
                                "Giấy xác nhận tình trạng hôn nhân (nếu nơi cư trú khác nơi đăng ký)", "01 bản chính")),
                List.of(
                        step("Tiếp nhận hồ sơ", ONE_STOP, null, 2, HOURS),
                        step("Kiểm tra điều kiện kết hôn, ghi sổ hộ tịch", SPECIALIST, null, 4, HOURS),
                        step("Ký giấy chứng nhận kết hôn, trao cho hai bên", AGENCY_LEADER, null, 2, HOURS)));
    }

    private static ProcedureDraft commune(
            String code,
            String name,
            String field,
            OnlineLevel online,
            int hours,
            String result,
            String legalBasis,
            List<FeeDraft> fees,
            List<ComponentDraft> components,
            List<StepDraft> steps) {
        return new ProcedureDraft(
                code,
                name,
                field,
                ProcedureLevel.COMMUNE,
                online,
                hours,
                HOURS,
                null,
                result,
                legalBasis + NOTE,
                fees,
                components,
                steps);
    }

    private static ComponentDraft component(String name, String copies) {
        return new ComponentDraft(name, copies, true, null);
    }

    private static StepDraft step(String name, StepRole role, @Nullable UUID unit, int amount, QuotaUnit in) {
        return new StepDraft(name, role, unit, amount, in);
    }

    private @Nullable UUID unit(AgencyView agency, String name) {
        return organization.unitsOf(agency.id()).stream()
                .filter(u -> u.name().equals(name))
                .map(UnitView::id)
                .findFirst()
                .orElse(null);
    }
}
