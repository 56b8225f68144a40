package vn.sen.audit;

import org.jspecify.annotations.Nullable;

/** The filter form of the audit page, as typed (parsed by {@link AuditQuery}). */
class AuditFilterForm {

    private @Nullable String actor;
    private @Nullable String action;
    private @Nullable String recordType;
    private @Nullable String recordId;
    private @Nullable String agencyId;
    private @Nullable String from;
    private @Nullable String to;
    private @Nullable String page;
    private @Nullable String size;

    AuditQuery toQuery() {
        return AuditQuery.parse(actor, action, recordType, recordId, agencyId, from, to, page, size);
    }

    public @Nullable String getActor() {
        return actor;
    }

    public void setActor(@Nullable String actor) {
        this.actor = actor;
    }

    public @Nullable String getAction() {
        return action;
    }

    public void setAction(@Nullable String action) {
        this.action = action;
    }

    public @Nullable String getRecordType() {
        return recordType;
    }

    public void setRecordType(@Nullable String recordType) {
        this.recordType = recordType;
    }

    public @Nullable String getRecordId() {
        return recordId;
    }

    public void setRecordId(@Nullable String recordId) {
        this.recordId = recordId;
    }

    public @Nullable String getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(@Nullable String agencyId) {
        this.agencyId = agencyId;
    }

    public @Nullable String getFrom() {
        return from;
    }

    public void setFrom(@Nullable String from) {
        this.from = from;
    }

    public @Nullable String getTo() {
        return to;
    }

    public void setTo(@Nullable String to) {
        this.to = to;
    }

    public @Nullable String getPage() {
        return page;
    }

    public void setPage(@Nullable String page) {
        this.page = page;
    }

    public @Nullable String getSize() {
        return size;
    }

    public void setSize(@Nullable String size) {
        this.size = size;
    }
}
