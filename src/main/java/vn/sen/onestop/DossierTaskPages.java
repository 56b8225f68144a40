package vn.sen.onestop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;
import vn.sen.shared.web.ErrorMessages;

/** The pages of inter-agency dossiers: the lead sends tasks from the dossier page; a participant answers its own. */
@Controller
@PreAuthorize("hasAuthority('DOSSIER_PROCESS')")
class DossierTaskPages {

    private final InterAgencyTasks tasks;
    private final ErrorMessages messages;
    private final WorkingTime time;

    DossierTaskPages(InterAgencyTasks tasks, ErrorMessages messages, WorkingTime time) {
        this.tasks = tasks;
        this.messages = messages;
        this.time = time;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return time.zone();
    }

    @PostMapping("/onestop/dossiers/{id}/tasks")
    String send(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(name = "agencyId", required = false) @Nullable List<UUID> agencies,
            @RequestParam(name = "task", required = false) @Nullable List<String> texts,
            @RequestParam(name = "quotaDays", required = false) @Nullable List<Integer> quotas,
            RedirectAttributes flash) {
        List<InterAgencyTasks.TaskRequest> requests = new ArrayList<>();
        int rows = agencies == null ? 0 : agencies.size();
        for (int i = 0; i < rows; i++) {
            String text = texts != null && i < texts.size() ? texts.get(i) : null;
            if (agencies.get(i) == null && (text == null || text.isBlank())) {
                continue;
            }
            int days = quotas != null && i < quotas.size() && quotas.get(i) != null ? quotas.get(i) : 0;
            requests.add(new InterAgencyTasks.TaskRequest(agencies.get(i), text, days * 8));
        }
        try {
            DossierView d = tasks.send(id, version, requests);
            flash.addFlashAttribute("flashOk", messages.of("dossier.tasksSent", d.code()));
        } catch (SenException e) {
            flash.addFlashAttribute("flashErr", messages.of(e));
        }
        return "redirect:/onestop/dossiers/" + id;
    }

    @GetMapping("/onestop/tasks")
    String mine(@RequestParam(defaultValue = "true") boolean open, Model model) {
        model.addAttribute("tasks", tasks.ofMyAgency(open));
        model.addAttribute("open", open);
        return "onestop/tasks";
    }

    @GetMapping("/onestop/tasks/{taskId}")
    String show(@PathVariable UUID taskId, Model model) {
        DossierView d = tasks.dossierOf(taskId);
        model.addAttribute("dossier", d);
        model.addAttribute(
                "task",
                tasks.ofMyAgency(false).stream()
                        .filter(t -> t.id().equals(taskId))
                        .findFirst()
                        .orElseThrow(() -> SenException.notFound("DOSSIER_TASK_NOT_FOUND")));
        return "onestop/task";
    }

    @PostMapping("/onestop/tasks/{taskId}/answer")
    String answer(
            @PathVariable UUID taskId,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            RedirectAttributes flash) {
        try {
            DossierTaskView t;
            if (file == null || file.isEmpty()) {
                t = tasks.complete(taskId, version, note, null, null);
            } else {
                try (InputStream in = file.getInputStream()) {
                    t = tasks.complete(taskId, version, note, file.getOriginalFilename(), in);
                }
            }
            flash.addFlashAttribute("flashOk", messages.of("dossier.taskDone", t.dossierCode()));
        } catch (SenException e) {
            flash.addFlashAttribute("flashErr", messages.of(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/onestop/tasks/" + taskId;
    }

    @GetMapping("/onestop/tasks/{taskId}/files/{fileId}")
    ResponseEntity<InputStreamResource> file(@PathVariable UUID taskId, @PathVariable UUID fileId) {
        return tasks.file(taskId, fileId);
    }
}
