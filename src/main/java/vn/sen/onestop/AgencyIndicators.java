package vn.sen.onestop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The 766 indicators Sen's own data can feed, for one agency and one period, with their points and the sum of the
 * points earned out of the points these indicators can give.
 */
public record AgencyIndicators(
        UUID agencyId,
        String agencyName,
        LocalDate from,
        LocalDate to,
        long received,
        List<IndicatorValue> indicators,
        BigDecimal points,
        BigDecimal maxPoints) {

    public AgencyIndicators {
        indicators = List.copyOf(indicators);
    }
}
