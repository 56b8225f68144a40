package vn.sen.document.outregister;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What issuing electronically saves, per installation ({@code sen.outgoing.savings.*}), in whole VND. The defaults
 * are assumptions, not official prices: {@code cost-per-page} 1,000 VND (printing or copying one A4 page, paper and
 * toner) and {@code cost-per-mailing} 15,000 VND (an envelope sent by post within the province). An agency may
 * override either, keyed by its code in brackets (the code has dots):
 * {@code sen.outgoing.savings.agencies[H99.10].cost-per-mailing=20000}.
 */
@ConfigurationProperties("sen.outgoing.savings")
record SavingsProperties(
        @DefaultValue("1000") long costPerPage,
        @DefaultValue("15000") long costPerMailing,
        Map<String, AgencyCosts> agencies) {

    SavingsProperties {
        agencies = agencies == null ? Map.of() : Map.copyOf(agencies);
    }

    /** The costs that apply to the agency with this code. */
    Costs costsOf(@Nullable String agencyCode) {
        AgencyCosts own = agencyCode == null ? null : agencies.get(agencyCode);
        if (own == null) {
            return new Costs(costPerPage, costPerMailing);
        }
        return new Costs(
                own.costPerPage() != null ? own.costPerPage() : costPerPage,
                own.costPerMailing() != null ? own.costPerMailing() : costPerMailing);
    }

    /** One agency's override; a missing figure takes the installation's. */
    record AgencyCosts(@Nullable Long costPerPage, @Nullable Long costPerMailing) {}
}
