package vn.sen.document.register;

/**
 * Progress (tiến độ giải quyết) of an incoming document as the follow-up register and the statistics count it. The
 * deadline is the earliest deadline of the document's lead assignments (phân công chủ trì) still in force, or, when
 * nobody was assigned a deadline, the end of the document's own due date; a document without either is never late.
 * Completed documents compare their completion time with it, open ones the present moment.
 */
enum Progress {
    COMPLETED_ON_TIME,
    COMPLETED_LATE,
    OPEN_WITHIN,
    OPEN_OVERDUE,
    RETURNED;

    /** The deadline of document {@code d} given the lateral {@code m.deadline} of its lead assignments. */
    static final String DEADLINE_SQL =
            "coalesce(m.deadline, ((d.due_date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'))";

    /** The progress code of document {@code d} at {@code :now}. */
    static final String SQL = "case when d.status = 'RETURNED' then 'RETURNED'"
            + " when d.status = 'COMPLETED' then case when " + DEADLINE_SQL + " is null or d.completed_at <= "
            + DEADLINE_SQL + " then 'COMPLETED_ON_TIME' else 'COMPLETED_LATE' end"
            + " when " + DEADLINE_SQL + " is not null and cast(:now as timestamptz) > " + DEADLINE_SQL
            + " then 'OPEN_OVERDUE' else 'OPEN_WITHIN' end";

    /** The lead assignments of document {@code d}: their names in order and their earliest deadline. */
    static final String LEAD_ASSIGNMENTS = " left join lateral (select string_agg(a.assignee_name, '; ' order by"
            + " a.assigned_at) as names, min(a.deadline) as deadline from document.assignment a"
            + " where a.document_id = d.id and a.role = 'MAIN' and a.state <> 'REASSIGNED') m on true";

    String messageKey() {
        return "register.progress." + name();
    }

    boolean completed() {
        return this == COMPLETED_ON_TIME || this == COMPLETED_LATE;
    }
}
