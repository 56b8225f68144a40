package vn.sen.signing;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.sen.identity.Permissions;
import vn.sen.identity.StaffDirectory;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * Who may do what with whose key or image. Managing (uploading keys, seals): the holder's agency administrator or a
 * system administrator. Signing: a person with their own key only (or their delegate); an agency key only by a clerk
 * ({@code DOC_ISSUE}) of that agency. Another agency's holders answer "not found".
 */
@Component
class HolderAccess {

    private final StaffDirectory staff;
    private final OrganizationDirectory organization;

    HolderAccess(StaffDirectory staff, OrganizationDirectory organization) {
        this.staff = staff;
        this.organization = organization;
    }

    Holder resolve(UUID holderId, HolderKind kind) {
        return switch (kind) {
            case PERSON ->
                staff.find(holderId)
                        .map(s -> new Holder(s.id(), kind, s.agencyId(), s.displayName()))
                        .orElseThrow(() -> SenException.notFound("SIGNING_HOLDER_NOT_FOUND"));
            case AGENCY ->
                organization
                        .findAgency(holderId)
                        .map(a -> new Holder(a.id(), kind, a.id(), a.name()))
                        .orElseThrow(() -> SenException.notFound("SIGNING_HOLDER_NOT_FOUND"));
        };
    }

    /** The holder, if the current actor administers its agency. */
    Holder manageable(UUID holderId, HolderKind kind) {
        Holder holder = resolve(holderId, kind);
        if (!mayManage(CurrentActor.require(), holder)) {
            throw SenException.notFound("SIGNING_HOLDER_NOT_FOUND");
        }
        return holder;
    }

    /** A person's own image may also be changed by that person. */
    Holder imageEditable(UUID holderId, HolderKind kind) {
        Holder holder = resolve(holderId, kind);
        Actor actor = CurrentActor.require();
        if (kind == HolderKind.PERSON && isSelf(actor, holderId)) {
            return holder;
        }
        if (!mayManage(actor, holder)) {
            throw SenException.notFound("SIGNING_HOLDER_NOT_FOUND");
        }
        return holder;
    }

    /** Refuses unless the current actor may sign with the holder's key. */
    void checkSigner(Holder holder) {
        Actor actor = CurrentActor.require();
        if (holder.kind() == HolderKind.PERSON) {
            if (!isSelf(actor, holder.id())) {
                throw SenException.forbidden("SIGNING_NOT_YOUR_KEY");
            }
            return;
        }
        if (!holder.agencyId().equals(actor.agencyId())) {
            throw SenException.notFound("SIGNING_KEY_NOT_FOUND");
        }
        if (!actor.can(Permissions.DOC_ISSUE)) {
            throw SenException.forbidden("SIGNING_AGENCY_KEY_CLERKS_ONLY");
        }
    }

    /** Profiles (whether a key and image are on file) are visible within the holder's agency. */
    Holder visible(UUID holderId) {
        Actor actor = CurrentActor.require();
        Holder holder = staff.find(holderId).isPresent()
                ? resolve(holderId, HolderKind.PERSON)
                : resolve(holderId, HolderKind.AGENCY);
        if (!isSelf(actor, holderId) && !actor.mayAccessAgency(holder.agencyId())) {
            throw SenException.notFound("SIGNING_HOLDER_NOT_FOUND");
        }
        return holder;
    }

    static boolean isSelf(Actor actor, UUID holderId) {
        return actor.accountId().equals(holderId)
                || (actor.onBehalfOf() != null && actor.onBehalfOf().accountId().equals(holderId));
    }

    static boolean mayManage(Actor actor, Holder holder) {
        return mayManage(actor, holder.agencyId());
    }

    /** A system administrator manages every agency; an agency administrator their own. */
    static boolean mayManage(Actor actor, UUID agencyId) {
        if (actor.systemWide() && actor.can(Permissions.ORG_AGENCY_MANAGE)) {
            return true;
        }
        return actor.can(Permissions.ORG_UNIT_MANAGE) && agencyId.equals(actor.agencyId());
    }
}
