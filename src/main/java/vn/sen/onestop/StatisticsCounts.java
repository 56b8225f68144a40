package vn.sen.onestop;

/**
 * The counts of one row of the period report (báo cáo tình hình giải quyết hồ sơ). "Carried over" (kỳ trước chuyển
 * sang) are dossiers received before the period and not ended at its start; early, on time and late (trước hạn, đúng
 * hạn, quá hạn) judge the dossiers whose result became ready in the period by Decision 766 indicator 2.1; the open
 * ones are counted as they stood at the end of the period.
 *
 * @param assessed the dossiers received or processed in the period (denominator of indicator 2.1)
 * @param assessedInTime of those, the ones early or on time, or still within their appointment at the period's end
 * @param workingDays the sum of the working days from the start of the clock to the result, over {@code timed}
 * @param timed the completed dossiers whose processing time is counted
 * @param electronicResults completed dossiers with an electronic result file (indicator 4.1)
 * @param digitised received dossiers with digitised input files and, if completed, an electronic result (4.2)
 * @param onlineCounted received online dossiers that count for indicator 3.3
 */
public record StatisticsCounts(
        long carriedOver,
        long received,
        long receivedOnline,
        long receivedCounter,
        long receivedPost,
        long completed,
        long completedEarly,
        long completedOnTime,
        long completedLate,
        long inProgressWithinDeadline,
        long inProgressPastDeadline,
        long awaitingSupplement,
        long refused,
        long stopped,
        long closed,
        long assessed,
        long assessedInTime,
        long workingDays,
        long timed,
        long electronicResults,
        long digitised,
        long onlineCounted,
        long feeDossiers,
        long paidOnline,
        long dislikes) {

    static final StatisticsCounts ZERO =
            new StatisticsCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The sum of two rows, for totals. */
    StatisticsCounts plus(StatisticsCounts o) {
        return new StatisticsCounts(
                carriedOver + o.carriedOver,
                received + o.received,
                receivedOnline + o.receivedOnline,
                receivedCounter + o.receivedCounter,
                receivedPost + o.receivedPost,
                completed + o.completed,
                completedEarly + o.completedEarly,
                completedOnTime + o.completedOnTime,
                completedLate + o.completedLate,
                inProgressWithinDeadline + o.inProgressWithinDeadline,
                inProgressPastDeadline + o.inProgressPastDeadline,
                awaitingSupplement + o.awaitingSupplement,
                refused + o.refused,
                stopped + o.stopped,
                closed + o.closed,
                assessed + o.assessed,
                assessedInTime + o.assessedInTime,
                workingDays + o.workingDays,
                timed + o.timed,
                electronicResults + o.electronicResults,
                digitised + o.digitised,
                onlineCounted + o.onlineCounted,
                feeDossiers + o.feeDossiers,
                paidOnline + o.paidOnline,
                dislikes + o.dislikes);
    }
}
