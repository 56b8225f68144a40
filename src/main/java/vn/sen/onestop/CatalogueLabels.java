package vn.sen.onestop;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.sen.shared.web.ErrorMessages;

/**
 * The Vietnamese names of the catalogue's choices (cấp, mức độ, đơn vị thời hạn, người thực hiện) as the pages show
 * them, for the spreadsheet: written as words, read back from the words or from the codes, with or without diacritics.
 */
@Component
class CatalogueLabels {

    private final ErrorMessages messages;

    CatalogueLabels(ErrorMessages messages) {
        this.messages = messages;
    }

    String of(ProcedureLevel level) {
        return messages.of("procedure.level." + level);
    }

    String of(OnlineLevel level) {
        return messages.of("procedure.online." + level);
    }

    String of(QuotaUnit unit) {
        return messages.of("procedure.unit." + unit);
    }

    String of(StepRole role) {
        return messages.of("procedure.role." + role);
    }

    Optional<ProcedureLevel> level(String text) {
        return read(ProcedureLevel.values(), text, this::of);
    }

    Optional<OnlineLevel> onlineLevel(String text) {
        return read(OnlineLevel.values(), text, this::of);
    }

    Optional<QuotaUnit> quotaUnit(String text) {
        return read(QuotaUnit.values(), text, this::of);
    }

    Optional<StepRole> role(String text) {
        return read(StepRole.values(), text, this::of);
    }

    private static <E extends Enum<E>> Optional<E> read(
            E[] values, String text, java.util.function.Function<E, String> label) {
        String folded = SearchText.fold(text);
        return Arrays.stream(values)
                .filter(v -> v.name().equalsIgnoreCase(text.strip())
                        || SearchText.fold(label.apply(v)).equals(folded))
                .findFirst();
    }
}
