package vn.sen.onestop;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Inter-agency dossiers over REST (liên thông, Decree 118 Art. 20(2)): the lead agency sends tasks to participating
 * agencies; each agency lists its tasks, reads the dossier and answers.
 */
@RestController
@PreAuthorize("hasAuthority('DOSSIER_PROCESS')")
@Tag(name = "Hồ sơ liên thông", description = "Gửi cơ quan phối hợp, nhận trả lời phần việc")
class DossierTaskApi {

    private final InterAgencyTasks tasks;

    DossierTaskApi(InterAgencyTasks tasks) {
        this.tasks = tasks;
    }

    @PostMapping("/api/v1/dossiers/{id}/tasks")
    @Operation(
            summary =
                    "Gửi hồ sơ đồng thời đến các cơ quan phối hợp, mỗi cơ quan một phần việc và thời hạn (giờ làm việc)")
    DossierView send(@PathVariable UUID id, @RequestBody Sending body) {
        return tasks.send(id, body.version(), body.tasks() == null ? List.of() : body.tasks());
    }

    @GetMapping("/api/v1/dossiers/{id}/tasks")
    @PreAuthorize("hasAnyAuthority('DOSSIER_RECEIVE', 'DOSSIER_PROCESS')")
    @Operation(summary = "Các phần việc liên thông của một hồ sơ (cơ quan chủ trì)")
    List<DossierTaskView> ofDossier(@PathVariable UUID id) {
        return tasks.ofDossier(id);
    }

    @GetMapping("/api/v1/dossier-tasks")
    @Operation(summary = "Phần việc liên thông giao cho cơ quan mình (open=true: chưa trả lời)")
    List<DossierTaskView> mine(@RequestParam(defaultValue = "true") boolean open) {
        return tasks.ofMyAgency(open);
    }

    @GetMapping("/api/v1/dossier-tasks/{taskId}/dossier")
    @Operation(summary = "Hồ sơ của một phần việc liên thông")
    DossierView dossier(@PathVariable UUID taskId) {
        return tasks.dossierOf(taskId);
    }

    @PostMapping(path = "/api/v1/dossier-tasks/{taskId}/answer", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Trả lời phần việc liên thông: nội dung và tệp (không bắt buộc)")
    DossierTaskView answer(
            @PathVariable UUID taskId,
            @RequestParam(required = false) @Nullable Long version,
            @RequestParam(required = false) @Nullable String note,
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return tasks.complete(taskId, version, note, null, null);
        }
        try (InputStream in = file.getInputStream()) {
            return tasks.complete(taskId, version, note, file.getOriginalFilename(), in);
        }
    }

    @GetMapping("/api/v1/dossier-tasks/{taskId}/files/{fileId}")
    @Operation(summary = "Tải tệp của hồ sơ liên thông")
    ResponseEntity<InputStreamResource> file(@PathVariable UUID taskId, @PathVariable UUID fileId) {
        return tasks.file(taskId, fileId);
    }

    record Sending(@Nullable Long version, @Nullable List<InterAgencyTasks.TaskRequest> tasks) {}
}
