package vn.sen.onestop;

import java.time.Instant;
import java.util.UUID;

/**
 * A dossier moved (hồ sơ chuyển trạng thái): received, asked to supplement, supplemented, handed over, extended, its
 * result ready or returned, refused, stopped or closed. Published in the transaction of the change, through the event
 * publication registry; the national-portal connector and the applicant's notifications listen to it.
 */
public record DossierStateChanged(
        UUID dossierId, String code, UUID agencyId, DossierEventKind what, DossierState state, Instant at) {}
