package vn.sen.onestop;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A form's wording as the administrator sees it: {@code own} when the agency reworded it (then {@code version} is the
 * one to send back), otherwise the installation's default. {@code placeholders} are the names the texts may use.
 */
public record SlipTemplateView(
        SlipForm form,
        int number,
        String formTitle,
        @Nullable UUID agencyId,
        boolean own,
        String title,
        String body,
        String signatureLeft,
        String signatureRight,
        List<String> placeholders,
        Instant updatedAt,
        @Nullable String updatedBy,
        long version) {

    static SlipTemplateView of(SlipWording wording, @Nullable UUID scope) {
        SlipForm form = wording.form();
        return new SlipTemplateView(
                form,
                form.number(),
                form.title(),
                scope,
                Objects.equals(wording.agencyId(), scope),
                wording.text().title(),
                wording.text().body(),
                wording.text().signatureLeft(),
                wording.text().signatureRight(),
                form.placeholders().stream().sorted().toList(),
                wording.updatedAt(),
                wording.updatedBy(),
                wording.version());
    }
}
