package vn.sen.document.outgoing;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.sen.identity.Permissions;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.shared.error.SenException;

/**
 * The review chain (quy trình trình duyệt) of an agency and who may review at each step: a division step is the
 * reviewers (DOC_REVIEW) of the drafter's unit other than the drafter; the agency step is the signer. A step nobody can
 * take (a drafter without unit, a drafter who is the division's only leader) is passed over.
 */
@Component
class ReviewChains {

    private final ReviewChainSettings settings;
    private final StaffDirectory staff;

    ReviewChains(ReviewChainSettings settings, StaffDirectory staff) {
        this.settings = settings;
        this.staff = staff;
    }

    List<ReviewRole> chainOf(UUID agencyId) {
        return settings.findById(agencyId).map(ReviewChainSetting::roles).orElse(ReviewChainSetting.DEFAULT);
    }

    /** Sets the agency's chain: each role at most once, and the signer's approval last. */
    void change(UUID agencyId, List<ReviewRole> roles) {
        if (roles.isEmpty()
                || roles.get(roles.size() - 1) != ReviewRole.AGENCY_LEADER
                || EnumSet.copyOf(roles).size() != roles.size()) {
            throw SenException.invalidField("roles", "OUTGOING_CHAIN_INVALID");
        }
        ReviewChainSetting setting = settings.findById(agencyId).orElse(null);
        if (setting == null) {
            settings.save(new ReviewChainSetting(agencyId, roles));
        } else {
            setting.change(roles);
        }
    }

    /** The people who may review the document at a step of the chain. */
    List<StaffView> eligible(OutgoingDocument doc, ReviewRole role) {
        return switch (role) {
            case DIVISION_LEADER ->
                doc.draftingUnitId() == null
                        ? List.of()
                        : staff.membersOf(doc.agencyId(), doc.draftingUnitId()).stream()
                                .filter(s -> s.can(Permissions.DOC_REVIEW))
                                .filter(s -> !s.id().equals(doc.drafterId()))
                                .toList();
            case AGENCY_LEADER ->
                staff.find(doc.signerId()).filter(StaffView::enabled).stream().toList();
        };
    }

    /** The first step from {@code from} on that someone can take, with those people. */
    Optional<NextStep> nextFrom(OutgoingDocument doc, List<ReviewRole> chain, int from) {
        for (int step = from; step < chain.size(); step++) {
            List<StaffView> people = eligible(doc, chain.get(step));
            if (!people.isEmpty()) {
                return Optional.of(new NextStep(step, people));
            }
        }
        return Optional.empty();
    }

    /** The reviewer picked among the eligible, or the only one when none was picked. */
    static StaffView pick(NextStep next, @Nullable UUID chosen) {
        if (chosen != null) {
            return next.people().stream()
                    .filter(s -> s.id().equals(chosen))
                    .findFirst()
                    .orElseThrow(() -> SenException.invalidField("reviewerId", "OUTGOING_REVIEWER_NOT_ELIGIBLE"));
        }
        if (next.people().size() == 1) {
            return next.people().get(0);
        }
        throw SenException.invalidField("reviewerId", "OUTGOING_REVIEWER_REQUIRED");
    }

    /** A step of the chain and who may take it. */
    record NextStep(int step, List<StaffView> people) {}
}
