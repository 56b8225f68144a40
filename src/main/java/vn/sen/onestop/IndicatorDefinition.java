package vn.sen.onestop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The definition of one indicator of the service-quality index (chỉ số đánh giá chất lượng phục vụ, Decision
 * 766/QĐ-TTg) as this installation scores it: kept as data, versioned by edition and the day it applies from, with
 * the threshold and points an administrator may change.
 *
 * @param edition the edition of the definitions, e.g. {@code 766-2022}
 * @param code the indicator's number in the decision, e.g. {@code 2.1}
 * @param fullScoreAt the value (per cent) from which all the points are earned; null where the standard states none,
 *     which scores as 100%
 * @param maxPoints the points of the indicator (điểm tối đa)
 */
public record IndicatorDefinition(
        UUID id,
        String edition,
        String code,
        String name,
        String groupName,
        IndicatorFormula formula,
        @Nullable BigDecimal fullScoreAt,
        BigDecimal maxPoints,
        LocalDate validFrom,
        @Nullable String note,
        long version) {}
