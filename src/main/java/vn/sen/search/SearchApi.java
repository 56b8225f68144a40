package vn.sen.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.sen.shared.security.CurrentActor;

/** Search over REST: the same search as the page, for integrations. */
@RestController
@Tag(name = "Tìm kiếm", description = "Tìm văn bản, hồ sơ và thủ tục trong phạm vi được xem")
class SearchApi {

    private final Finder finder;
    private final SearchRebuild rebuild;

    SearchApi(Finder finder, SearchRebuild rebuild) {
        this.finder = finder;
        this.rebuild = rebuild;
    }

    @GetMapping("/api/v1/search")
    @Operation(
            summary = "Tìm kiếm (không dấu cũng được; \"cụm từ\" trong ngoặc kép; số/ký hiệu như 123/UBND-VP tìm"
                    + " đúng); chỉ trả về những gì người gọi được xem, kèm số đếm theo loại, trạng thái, độ khẩn."
                    + " Khi quá nhiều lượt tìm cùng lúc, lượt phải chờ quá sen.search.queue-wait bị từ chối: 503"
                    + " SEARCH_BUSY, gửi lại sau ít giây")
    SearchResults search(@ParameterObject SearchForm form) {
        return finder.find(form.query(), CurrentActor.find().orElse(null));
    }

    @PostMapping("/api/v1/search/rebuild")
    @PreAuthorize("hasAuthority('ORG_AGENCY_MANAGE')")
    @Operation(
            summary = "Dựng lại chỉ mục tìm kiếm (chạy nền; xem tiến độ ở GET): from=sources đọc lại mọi bản ghi từ"
                    + " các phân hệ; from=entries (mặc định) chỉ lập lại chỉ mục Lucene từ bảng search.entry")
    SearchRebuild.Progress rebuild(@RequestParam(defaultValue = "entries") String from) {
        return rebuild.start(SearchRebuild.Scope.parse(from));
    }

    @GetMapping("/api/v1/search/rebuild")
    @PreAuthorize("hasAuthority('ORG_AGENCY_MANAGE')")
    @Operation(summary = "Tiến độ dựng lại chỉ mục và tình trạng trích xuất tệp đính kèm")
    SearchRebuild.Progress progress() {
        return rebuild.progress();
    }
}
